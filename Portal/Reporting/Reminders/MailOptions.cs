using MailKit.Security;
using Portal.Domain.Localization;

namespace Portal.Reporting.Reminders;

/// <summary>The SMTP server for reminder e-mails, under Portal:Mail. No Host: no e-mail is sent.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string Sender { get; set; } = "portal@zjlib.cn";
    public string SenderName { get; set; } = ReportingMessages.Text.Get("Mail.SenderName", TextResource.Chinese);
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
