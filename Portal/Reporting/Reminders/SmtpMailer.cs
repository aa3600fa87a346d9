using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Data.Entities;
using Portal.Domain.Localization;

namespace Portal.Reporting.Reminders;

/// <summary>Sends one outbox e-mail through the configured SMTP server (MailKit), a connection per message.</summary>
public sealed class SmtpMailer(IOptions<MailOptions> options)
{
    public async Task SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) throw new InvalidOperationException(ReportingMessages.Text.Get("Mail.NotConfigured", TextResource.Chinese));
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.SenderName, o.Sender));
        foreach (var address in delivery.Target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            message.To.Add(MailboxAddress.Parse(address));
        message.Subject = delivery.Subject;
        message.Body = new TextPart("plain") { Text = delivery.Body };

        using var smtp = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        await smtp.ConnectAsync(o.Host!, o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
