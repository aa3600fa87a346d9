using System.Diagnostics;
using System.Text;

namespace Portal.IntegrationTests.Support;

/// <summary>Runs the built portal the way `dotnet run --project Portal -- …` does, and returns what it printed.</summary>
public static class PortalCommand
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(IEnumerable<string> args)
    {
        using var process = Process.Start(Info(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, (await output).Replace("\r", ""), (await error).Replace("\r", ""));
    }

    /// <summary>
    /// Starts the portal as a server and reads its standard output until <paramref name="enough"/> holds for what it
    /// printed so far (or it exits, or two minutes pass), then stops it and returns that output.
    /// </summary>
    public static async Task<string> RunUntilAsync(IEnumerable<string> args, Func<string, bool> enough)
    {
        using var process = Process.Start(Info(args))!;
        var printed = new StringBuilder();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (printed)
            {
                if (e.Data is null) { done.TrySetResult(); return; }
                printed.AppendLine(e.Data.Replace("\r", ""));
                if (enough(printed.ToString())) done.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        lock (printed) return printed.ToString();
    }

    private static ProcessStartInfo Info(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var a in args.Prepend(typeof(Portal.Hosting.StartupFailure).Assembly.Location)) start.ArgumentList.Add(a);
        return start;
    }
}
