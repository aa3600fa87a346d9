using Portal.Domain.Reporting;

namespace Portal.Reporting;

/// <summary>The reporting cycle's settings, under Portal:Reporting in appsettings.json.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Portal:Reporting";

    /// <summary>The portal's address as people open it, for the links in e-mails and chat messages.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5249";

    /// <summary>Whether this instance runs the reminder service (every instance may: claims keep sends unique).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often the reminder service looks for due moments and pending messages.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);

    public List<int> DaysBefore { get; set; } = [3];
    public bool OnTheDay { get; set; } = true;
    public bool DailyWhenOverdue { get; set; } = true;
    public int OverdueDays { get; set; } = 30;

    /// <summary>The China time of day at which a moment's reminders go out.</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);

    /// <summary>Attempts before a message is given up (and stays on the admin page as failed).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Chat robots (企业微信/钉钉 group robots) by division code; none by default.</summary>
    public Dictionary<string, string> Webhooks { get; set; } = [];

    /// <summary>
    /// The language of the chat robots' messages (zh-CN, the default, or en): a group chat has no account whose
    /// language could say, unlike an e-mail's recipient (ADR 036).
    /// </summary>
    public string WebhookLanguage { get; set; } = "zh-CN";

    /// <summary>Messages a minute to one robot: they accept about 20 (钉钉 then blocks for 10 minutes); stay below.</summary>
    public int WebhookPerMinute { get; set; } = 18;

    /// <summary>
    /// Days a library's month may wait for a reviewing library (or, sent back, for the library itself) before the
    /// level that owes the next step is reminded, once per wait (ADR 042); 0 turns these reminders off.
    /// </summary>
    public int ChainReminderDays { get; set; } = 3;

    public ReminderRules Rules() => new(DaysBefore, OnTheDay, DailyWhenOverdue, OverdueDays, SendAt);
}
