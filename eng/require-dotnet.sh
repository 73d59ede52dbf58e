# Sourced by eng/run.sh and eng/test.sh: the .NET SDK is the one prerequisite no Debian package provides.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (global.json): https://dotnet.microsoft.com/download — or, on Debian/Ubuntu," \
    "Microsoft's package feed: apt-get install dotnet-sdk-10.0" >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
