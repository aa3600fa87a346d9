namespace Portal.Data.Entities;

public enum DeliveryChannel { Email, Webhook }

/// <summary>Skipped: a reminder whose divisions had reported everything (or submitted) before it could go out.</summary>
public enum DeliveryStatus { Pending, Sent, Failed, Skipped }

/// <summary>A reminder of figures owed, or the notice that a month was sent back.</summary>
public enum DeliveryKind { Reminder, Returned }

/// <summary>
/// A reminder message waiting to go out (an outbox row): an e-mail to a division's people, or a digest to one chat
/// robot. Written in the same transaction as the claims it carries; sent by the reminder service with retries and
/// back-off, so a slow or failing mail server never holds up anything else.
/// </summary>
public sealed class ReminderDelivery : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public DeliveryChannel Channel { get; set; }
    public DeliveryKind Kind { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }

    /// <summary>The divisions this message reminds, comma-separated (a digest carries several).</summary>
    public required string Divisions { get; set; }

    /// <summary>E-mail: the recipients, comma-separated. Webhook: the robot's URL.</summary>
    public required string Target { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when one instance holds this row to send it; another instance leaves it alone meanwhile.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
