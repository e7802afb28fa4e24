"""What calls and strings mean to the data-flow analysis: sinks (what runs code, spawns
processes, talks to the network, writes files, loads native code), sources (what yields
credentials, the environment, host identity, decoded or downloaded data) and the path and
endpoint patterns that label string constants. Names are fully resolved (`subprocess.run`,
`builtins.exec`, `requests.Session().post`)."""

from __future__ import annotations

import re
from functools import lru_cache

# labels carried by values
CONST = "const"  # built from constants in the code
LITERAL = "literal"  # nothing but constants: what an encoded payload is
DECODABLE = frozenset({LITERAL, "network", "file-data", "decoded"})
DECODED = "decoded"  # decoded, decompressed, unreversed or chr-joined from constants or data
NETWORK = "network"  # read from the network
FILEDATA = "file-data"  # read from a file that is not Python source
BINARYDATA = "binary-data"  # read in binary mode (what steganography carves from)
PYSOURCE = "py-source"  # read from a .py file (exec(open("version.py").read()) in setup.py)
CRED = "credentials"  # read from a credential store
ENVDUMP = "environment"  # the whole environment
SECRETENV = "secret-env"  # an environment variable named like a secret, or chosen at runtime
HOST = "host-identity"  # host name, user name, addresses
CREDPATH = "credential-path"
PERSISTPATH = "persistence-path"
PTHPATH = "pth-path"
SITEDIR = "site-dir"
ENDPOINT = "exfil-endpoint"
WRITEHANDLE = "write-handle"  # a file opened for writing
BUNDLED = "bundled-path"  # a path next to the module (__file__), i.e. a file of the package
INTBYTES = "int-bytes"  # bytes of an integer (int.to_bytes): code only when it is run
PROCHANDLE = "process-handle"  # a child process (what is written to it is its input)
STORE = "store:"  # prefix: the service whose credential store a credential was read from
STORE_OTHER = "store:other"
DEST = "dest:"  # prefix: the service a URL or host names
PARAM = "param:"  # prefix: flows from the function's parameter of this name

DATA_LABELS = frozenset({DECODED, NETWORK, FILEDATA, CRED, ENVDUMP, SECRETENV, HOST})

EXEC_SINKS = frozenset(
    {
        "builtins.exec",
        "builtins.eval",
        "builtins.compile",
        "builtins.execfile",
        "types.FunctionType",
        "types.CodeType",
        "marshal.loads",
        "marshal.load",
        "pickle.loads",
        "pickle.load",
        "_pickle.loads",
        "cPickle.loads",
        "dill.loads",
        "cloudpickle.loads",
        "runpy.run_path",
        "runpy.run_module",
        "imp.load_compiled",
        "imp.load_source",
        "code.InteractiveInterpreter().runsource",
        "code.InteractiveInterpreter().runcode",
        "timeit.timeit",
        "timeit.repeat",
        "timeit.Timer",
        "pickle.Unpickler().load",
        "_pickle.Unpickler().load",
        "dill.Unpickler().load",
        "marshal.Unmarshaller().load",
    }
)
IMPORT_SINKS = frozenset(
    {
        "builtins.__import__",
        "importlib.import_module",
        "importlib.__import__",
        "zipimport.zipimporter",
        "zipimport.zipimporter().load_module",
        "importlib.util.spec_from_loader",
        "importlib.util.spec_from_file_location",
        "importlib.machinery.SourcelessFileLoader",
        "importlib.machinery.SourceFileLoader",
    }
)
PROCESS_SINKS = frozenset(
    {
        "subprocess.Popen",
        "subprocess.run",
        "subprocess.call",
        "subprocess.check_call",
        "subprocess.check_output",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "os.system",
        "os.popen",
        "os.popen2",
        "os.popen3",
        "os.startfile",
        "os.execl",
        "os.execle",
        "os.execlp",
        "os.execlpe",
        "os.execv",
        "os.execve",
        "os.execvp",
        "os.execvpe",
        "os.spawnl",
        "os.spawnle",
        "os.spawnlp",
        "os.spawnv",
        "os.spawnve",
        "os.spawnvp",
        "os.posix_spawn",
        "os.posix_spawnp",
        "pty.spawn",
        "commands.getoutput",
        "asyncio.create_subprocess_exec",
        "asyncio.create_subprocess_shell",
        "multiprocessing.Process",
        "win32api.ShellExecute",
        "win32process.CreateProcess",
        "ctypes.windll.shell32.ShellExecuteW",
    }
)
NETWORK_PREFIXES = (
    "requests.",
    "httpx.",
    "urllib3.",
    "aiohttp.",
    "websocket.",
    "websockets.",
    "paramiko.",
    "pycurl.",
    "dns.resolver.",
    "ftplib.",
    "smtplib.",
    "telnetlib.",
    "poplib.",
    "imaplib.",
    "xmlrpc.client.",
    "http.client.",
    "socket.",
)
NETWORK_SINKS = frozenset(
    {
        "urllib.request.urlopen",
        "urllib.request.urlretrieve",
        "urllib.request.Request",
        "urllib.request.build_opener().open",
        "urllib.urlopen",
        "urllib.urlretrieve",
        "urllib2.urlopen",
        "urllib2.Request",
        "socket.create_connection",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.getaddrinfo",
        "socket.socket().connect",
        "socket.socket().connect_ex",
        "socket.socket().send",
        "socket.socket().sendall",
        "socket.socket().sendto",
        "asyncio.open_connection",
        "webbrowser.open",
    }
)
NETWORK_READS = frozenset({"socket.socket().recv", "socket.socket().recvfrom"})
NATIVE_SINKS = frozenset(
    {
        "ctypes.CDLL",
        "ctypes.WinDLL",
        "ctypes.OleDLL",
        "ctypes.PyDLL",
        "ctypes.cdll.LoadLibrary",
        "ctypes.windll.LoadLibrary",
        "ctypes.cdll.__getitem__",
        "ctypes.LibraryLoader().LoadLibrary",
        "cffi.FFI().dlopen",
        "_ctypes.dlopen",
        "_ctypes.LoadLibrary",
    }
)
WRITE_CALLS = frozenset(
    {
        "shutil.copy",
        "shutil.copy2",
        "shutil.copyfile",
        "shutil.move",
        "shutil.copytree",
        "os.rename",
        "os.replace",
        "os.symlink",
        "os.link",
    }
)
WRITE_METHODS = frozenset({"write_text", "write_bytes", "symlink_to", "hardlink_to"})
REGISTRY_WRITES = frozenset(
    {"winreg.SetValueEx", "winreg.SetValue", "_winreg.SetValueEx", "_winreg.SetValue"}
)
DECODERS = frozenset(
    {
        "base64.b64decode",
        "base64.b32decode",
        "base64.b16decode",
        "base64.b85decode",
        "base64.a85decode",
        "base64.urlsafe_b64decode",
        "base64.standard_b64decode",
        "base64.decodebytes",
        "base64.decodestring",
        "binascii.unhexlify",
        "binascii.a2b_hex",
        "binascii.a2b_base64",
        "binascii.a2b_uu",
        "bytes.fromhex",
        "builtins.bytes.fromhex",
        "bytearray.fromhex",
        "builtins.bytearray.fromhex",
        "zlib.decompress",
        "gzip.decompress",
        "bz2.decompress",
        "lzma.decompress",
        "codecs.decode",
        "builtins.chr",
        "builtins.reversed",
        "cryptography.fernet.Fernet().decrypt",
        "Crypto.Cipher.AES.new().decrypt",
        "pyaes.AESModeOfOperationCTR().decrypt",
    }
)
DECODE_METHODS = frozenset({"decrypt", "decompress", "b64decode", "unhexlify", "translate"})
HOST_SOURCES = frozenset(
    {
        "socket.gethostname",
        "socket.getfqdn",
        "platform.node",
        "platform.uname",
        "platform.platform",
        "getpass.getuser",
        "os.getlogin",
        "os.uname",
        "os.getuid",
        "uuid.getnode",
        "psutil.users",
        "socket.gethostbyname(socket.gethostname())",
    }
)
CREDENTIAL_CALLS = frozenset(
    {
        "keyring.get_password",
        "keyring.get_credential",
        "win32crypt.CryptUnprotectData",
        "browser_cookie3.chrome",
        "browser_cookie3.firefox",
        "browser_cookie3.load",
        "pyperclip.paste",
        "PIL.ImageGrab.grab",
        "pyautogui.screenshot",
        "os.environ.copy",
        "os.environ.items",
        "os.environ.keys",
        "os.environ.values",
    }
)
READ_CALLS = frozenset(
    {"builtins.open", "io.open", "codecs.open", "os.open", "pathlib.Path", "sqlite3.connect"}
)
LISTING_CALLS = frozenset({"os.listdir", "os.walk", "os.scandir", "glob.glob", "glob.iglob"})
SITE_CALLS = frozenset(
    {
        "site.getsitepackages",
        "site.getusersitepackages",
        "sysconfig.get_paths",
        "sysconfig.get_path",
        "distutils.sysconfig.get_python_lib",
        "sysconfig.get_python_lib",
    }
)

_SECRET_ENV = re.compile(
    r"(TOKEN|SECRET|PASSW|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL|AUTH|SESSION|COOKIE|"
    r"^AWS_|^AZURE_|^GCP_|^GOOGLE_|^GITHUB_|^GH_|^GITLAB_|^CI_JOB|^NPM_|^PYPI_|^TWINE_|"
    r"^SLACK|^DISCORD|^OPENAI|^ANTHROPIC|^HF_|^DOCKER_|^KUBE|^VAULT_)",
    re.IGNORECASE,
)


def secret_env_name(name: str) -> bool:
    return bool(_SECRET_ENV.search(name))


_CREDENTIAL_PATH = re.compile(
    r"(\.ssh\b|id_rsa|id_ed25519|id_ecdsa|id_dsa|\.aws[/\\]|\.aws$|\.git-credentials|"
    r"\.netrc|\.pypirc|\.npmrc|\.docker[/\\]config|\.kube[/\\]config|\.gnupg|"
    r"\.config[/\\]gcloud[/\\](application_default|credentials|access_tokens|legacy_cred|\*)|"
    r"\.azure[/\\]|\.bash_history|\.zsh_history|/etc/shadow|/etc/passwd|"
    r"Login Data|Cookies|Local State|Local Storage|leveldb|Web Data|key4\.db|logins\.json|"
    r"cookies\.sqlite|\.mozilla|Google[/\\]Chrome|BraveSoftware|Microsoft[/\\]Edge|"
    r"Opera Software|Yandex[/\\]|Keychains|login\.keychain|wallet\.dat|Exodus|Electrum|"
    r"Ethereum[/\\]keystore|MetaMask|discord[/\\]|discordcanary|Telegram Desktop|tdata|"
    r"\.vault-token|credentials\.json|\.terraformrc|\.config[/\\]gh[/\\]hosts|"
    r"/proc/[^/]+/environ|secrets/kubernetes\.io/serviceaccount|[/\\]id_\*)",
    re.IGNORECASE,
)
_PERSIST_PATH = re.compile(
    r"(\.bashrc|\.bash_profile|\.bash_login|\.zshrc|\.zprofile|\.profile\b|\.config[/\\]fish|"
    r"crontab|/etc/cron|/var/spool/cron|cron\.d|authorized_keys|/etc/systemd|"
    r"systemd[/\\]user|systemd[/\\]system|\.service\b|\.config[/\\]autostart|LaunchAgents|"
    r"LaunchDaemons|Start Menu[/\\]+Programs[/\\]+Startup|CurrentVersion[/\\]+Run|"
    r"/etc/rc\.local|/etc/profile|/etc/init\.d|ld\.so\.preload|/etc/sudoers|sitecustomize\.py|"
    r"usercustomize\.py|\.git[/\\]hooks)",
    re.IGNORECASE,
)
_ENDPOINT = re.compile(
    r"(discord(app)?\.com/api/webhooks|cdn\.discordapp\.com|media\.discordapp\.net|"
    r"hooks\.slack\.com|api\.telegram\.org/bot|pastebin\.com|paste\.ee|hastebin|"
    r"ghostbin|rentry\.co|transfer\.sh|0x0\.st|file\.io|gofile\.io|anonfiles|catbox\.moe|"
    r"ngrok\.io|ngrok-free\.app|ngrok\.app|duckdns\.org|no-ip\.|noip\.|ddns\.net|dynu\.|"
    r"hopto\.org|zapto\.org|serveo\.net|loca\.lt|trycloudflare\.com|herokuapp\.com|"
    r"pythonanywhere\.com|glitch\.me|repl\.co|replit\.dev|workers\.dev|webhook\.site|"
    r"requestbin|pipedream\.net|beeceptor|interact\.sh|oast\.(fun|pro|live|site|online|me)|"
    r"burpcollaborator|canarytokens|dnslog\.cn|ceye\.io|bit\.ly|tinyurl\.com|is\.gd|"
    r"ipinfo\.io|api\.ipify\.org|ifconfig\.me|icanhazip|"
    r"https?://\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|"
    r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$)",
    re.IGNORECASE,
)
# credential stores that belong to one service, and the hosts of that service: an API client
# sending a credential back where it came from (boto, twine, the docker SDK) is not exfiltration
_STORE_OF = (
    ("aws", re.compile(r"\.aws([/\\]|$)", re.IGNORECASE)),
    ("pypi", re.compile(r"\.pypirc", re.IGNORECASE)),
    ("docker", re.compile(r"\.docker[/\\]config", re.IGNORECASE)),
    ("npm", re.compile(r"\.npmrc", re.IGNORECASE)),
    ("github", re.compile(r"\.config[/\\]gh[/\\]hosts", re.IGNORECASE)),
    ("gcloud", re.compile(r"\.config[/\\]gcloud", re.IGNORECASE)),
    ("azure", re.compile(r"\.azure[/\\]", re.IGNORECASE)),
)
_SERVICE_HOSTS = (
    ("aws", re.compile(r"^(https://)?([\w.-]+\.)?(amazonaws\.com|aws\.amazon\.com)(/|:|$)", re.I)),
    ("pypi", re.compile(r"^(https://)?([\w-]+\.)?(pypi\.org|pythonhosted\.org)(/|:|$)", re.I)),
    ("docker", re.compile(r"^(https://)?([\w-]+\.)?(docker\.io|docker\.com)(/|:|$)", re.I)),
    ("npm", re.compile(r"^(https://)?registry\.npmjs\.org(/|:|$)", re.I)),
    ("github", re.compile(r"^(https://)?(api\.)?github\.com(/|:|$)", re.I)),
    ("gcloud", re.compile(r"^(https://)?[\w.-]+\.googleapis\.com(/|:|$)", re.I)),
    ("azure", re.compile(r"^(https://)?[\w.-]+\.(azure\.com|windows\.net)(/|:|$)", re.I)),
)


def stores_of(labels: frozenset[str]) -> frozenset[str]:
    return frozenset(label for label in labels if label.startswith(STORE))


def own_service(labels: frozenset[str]) -> bool:
    """Credentials only from stores of services the destination belongs to."""
    stores = {label[len(STORE) :] for label in labels if label.startswith(STORE)}
    services = {label[len(DEST) :] for label in labels if label.startswith(DEST)}
    return bool(stores) and "other" not in stores and stores <= services


_LOOPBACK = re.compile(r"https?://(127\.|0\.0\.0\.0|10\.|192\.168\.|localhost)")


_PLAIN = frozenset({CONST, LITERAL})
# every pattern below needs one of these: most strings are ruled out by one search
_ANY = re.compile(r"[./\\]|crontab|authorized|Login|Cookies|Local|Keychain|wallet|Exodus|"
                  r"Electrum|MetaMask|tdata|leveldb|Web Data|requestbin|beeceptor|icanhazip",
                  re.IGNORECASE)  # fmt: skip


@lru_cache(maxsize=32768)
def string_labels(text: str) -> frozenset[str]:
    """The path and endpoint labels a string constant carries."""
    if len(text) > 1024:  # prose, not a path or a URL: look at its start only
        text = text[:1024]
    if len(text) < 3 or not _ANY.search(text):
        return _PLAIN
    labels = [CONST, LITERAL]
    if _CREDENTIAL_PATH.search(text):
        labels.append(CREDPATH)
        labels += [STORE + n for n, p in _STORE_OF if p.search(text)] or [STORE_OTHER]
    labels += [DEST + n for n, p in _SERVICE_HOSTS if p.search(text)]
    if _PERSIST_PATH.search(text):
        labels.append(PERSISTPATH)
    if text.endswith(".pth") or ".pth'" in text:
        labels.append(PTHPATH)
    if "site-packages" in text or "dist-packages" in text:
        labels.append(SITEDIR)
    if _ENDPOINT.search(text) and not _LOOPBACK.search(text):
        labels.append(ENDPOINT)
    return frozenset(labels)


DOWNLOAD_COMMAND = re.compile(
    r"(\bcurl\b|\bwget\b|Invoke-WebRequest|\biwr\b|DownloadString|DownloadFile|certutil|"
    r"bitsadmin|\bmshta\b|-enc(odedcommand)?\b|\|\s*(ba|z)?sh\b|base64\s+(-d|--decode)|"
    r"\bnc\b|\bncat\b|/dev/tcp/|python[0-9.]*\s+-c\s|powershell.*-e\b)",
    re.IGNORECASE,
)
PERSIST_COMMAND = re.compile(
    r"(\bcrontab\b|schtasks|reg(\.exe)?\s+add|systemctl\s+(--user\s+)?enable|launchctl\s+load|"
    r"authorized_keys|\.bashrc|\.profile\b|\.zshrc)",
    re.IGNORECASE,
)
CREDENTIAL_COMMAND = re.compile(
    r"(security\s+find-(generic|internet)-password|security\s+dump-keychain|"
    r"cmdkey\s+/list|vaultcmd|printenv|\benv\b\s*$|cat\s+.*\.ssh|cat\s+.*\.aws|"
    r"git\s+config\s+.*credential|gh\s+auth\s+token)",
    re.IGNORECASE,
)
