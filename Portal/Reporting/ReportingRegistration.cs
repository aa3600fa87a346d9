using Portal.Reporting.Board;
using Portal.Reporting.Chain;
using Portal.Reporting.Closures;
using Portal.Reporting.Notices;
using Portal.Reporting.Reminders;

namespace Portal.Reporting;

public static class ReportingRegistration
{
    /// <summary>Deadlines, submissions, the board, notices, and the reminder service with its outbox senders.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportingOptions>(configuration.GetSection(ReportingOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddHttpClient(RobotPoster.Client, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<DeadlineStore>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<ClosureService>();
        services.AddScoped<ReportingBoard>();
        services.AddScoped<OwedNotices>();
        services.AddScoped<ReminderOutbox>();
        services.AddSingleton<ChainReader>();
        services.AddSingleton<ChainRecipients>();
        services.AddSingleton<ChainReminders>();
        services.AddScoped<ReviewChainService>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<RobotPoster>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<ReminderCycle>();
        services.AddHostedService<ReminderService>();
        services.AddHostedService<ReportingSync>();
        return services;
    }
}
