using System.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>Runs the built portal the way `dotnet run --project Portal -- …` does, and returns what it printed.</summary>
public static class PortalCommand
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var a in args.Prepend(typeof(Portal.Hosting.StartupFailure).Assembly.Location)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, (await output).Replace("\r", ""), (await error).Replace("\r", ""));
    }
}
