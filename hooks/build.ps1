# ASK CLI build hook on Windows: `ask deploy` runs it through PowerShell as
#   & 'hooks\build.ps1' 'BUILD_FILE' $False
# It builds the Lambda package into dist\ and zips it to BUILD_FILE, which the CLI uploads (the same steps as hooks/build.sh).
param(
  [Parameter(Mandatory = $true)][string]$BuildFile,
  [bool]$DoDebug = $false
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
node scripts/build.mjs lambda
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
node scripts/build.mjs package $BuildFile
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
