# /// script
# requires-python = ">=3.11"
# dependencies = ["six==1.16.0"]
# ///
print(1)
