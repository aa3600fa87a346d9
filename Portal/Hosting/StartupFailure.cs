using System.Data.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Portal.Configuration;

namespace Portal.Hosting;

/// <summary>
/// Why a start (or a command) could not go on, for whoever runs it: one message in place of a stack trace, and the
/// exit code: 2 for a configuration to correct, 1 for a database that could not be opened. Anything else is a bug
/// and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    public static (string Message, int ExitCode)? Describe(Exception e) => e switch
    {
        PortalConfigurationException c => (c.Message, 2),
        OptionsValidationException o => (HostingMessages.Text.Format("Startup.Options", string.Join(HostingMessages.Text["Startup.Separator"], o.Failures)), 2),
        InvalidOperationException when e.TargetSite?.DeclaringType == typeof(ConfigurationBinder) => (
            HostingMessages.Text.Format("Startup.Binding", e.Message), 2),
        IOException { InnerException: AddressInUseException } => (
            HostingMessages.Text.Format("Startup.PortInUse", e.Message.TrimEnd('.')), 2),
        _ when Innermost<DbException>(e) is { } db => (
            HostingMessages.Text.Format("Startup.Database", db.Message.TrimEnd('.')), 1),
        _ => null,
    };

    private static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is T t) found = t;
        return found;
    }
}
