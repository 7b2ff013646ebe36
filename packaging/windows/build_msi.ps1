# Build the Windows MSIs on Windows (x64):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_msi.ps1
#   powershell -File packaging\windows\build_msi.ps1 -App customer_client -SignThumbprint 0123ABCD...
#
# Needs: the project's venv (.venv, `pip install -e .`), the .NET SDK 6 or newer and
# WiX v4:  dotnet tool install --global wix --version 4.0.5
# Output: dist\windows\<app>\ (bundle) and dist\windows\<app>-<version>-x64.msi
param(
    [ValidateSet("agent_desktop", "customer_client")]
    [string[]] $App = @("agent_desktop", "customer_client"),
    [string] $Python = ".venv\Scripts\python.exe",
    [string] $SignThumbprint = "",  # code-signing certificate in the machine/user store
    [string] $TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked([string] $What, [scriptblock] $Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { Invoke-Checked "pip install pyinstaller" { & $Python -m pip install "pyinstaller>=6.10" } }
$Version = & $Python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

foreach ($a in $App) {
    $exe = $a -replace "_", "-"
    $bundle = "dist\windows\$exe"
    Invoke-Checked "PyInstaller $a" {
        & $Python -m PyInstaller --noconfirm --clean --distpath dist\windows `
            --workpath "build\pyinstaller\$a" "packaging\pyinstaller\$a.spec"
    }
    # A windowed .exe has no stdout, so only the exit code is checked.
    Invoke-Checked "smoke test $a" { & $Python packaging\smoke_test.py --exit-code-only "$bundle\$exe.exe" }
    if ($SignThumbprint) {
        Invoke-Checked "sign $exe.exe" { signtool sign /sha1 $SignThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 "$bundle\$exe.exe" }
    }
    Invoke-Checked "harvest $a" { & $Python packaging\windows\wxs_tools.py harvest $bundle $a "build\wix\$a.files.wxs" }
    $msi = "dist\windows\$exe-$Version-x64.msi"
    Invoke-Checked "wix build $a" {
        wix build -arch x64 -d "ProductVersion=$Version" -d "BundleDir=$bundle" `
            "packaging\windows\$a.wxs" "build\wix\$a.files.wxs" -o $msi
    }
    if ($SignThumbprint) {
        Invoke-Checked "sign $msi" { signtool sign /sha1 $SignThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 $msi }
    }
    Write-Host "built $msi"
}
