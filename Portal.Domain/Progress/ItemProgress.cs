namespace Portal.Domain.Progress;

/// <summary>
/// How far one task of the plan has got, as its owner division reports it. Validates itself: the status is the
/// primary statement, so 已完成 sets the percentage to 100 and 未开始 to 0; 进行中 and 受阻 keep the percentage
/// reached (below 100), and 受阻 must say why in the note.
/// </summary>
public sealed record ItemProgress
{
    public const int NoteLength = 2000;

    public ItemProgress(string itemCode, ItemStatus status, int percent, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(itemCode)) throw new DomainException(ProgressText.Text["Item.Empty"], "item");
        if (!Enum.IsDefined(status)) throw new DomainException(ProgressText.Text.Format("Status.Unknown", status), "status");
        if (percent is < 0 or > 100) throw new DomainException(ProgressText.Text.Format("Percent.OutOfRange", percent), "percent");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteLength })
            throw new DomainException(ProgressText.Text.Format("Note.TooLong", NoteLength, note.Length), "note");
        if (status is ItemStatus.InProgress or ItemStatus.Blocked && percent == 100)
            throw new DomainException(ProgressText.Text["Percent.DoneButNotCompleted"], "percent");
        if (status == ItemStatus.Blocked && note is null)
            throw new DomainException(ProgressText.Text["Blocked.NoteNeeded"], "note");
        ItemCode = itemCode;
        Status = status;
        Percent = status switch { ItemStatus.Done => 100, ItemStatus.NotStarted => 0, _ => percent };
        Note = note;
    }

    public string ItemCode { get; }
    public ItemStatus Status { get; }

    /// <summary>0–100, whole numbers.</summary>
    public int Percent { get; }

    public string? Note { get; }

    /// <summary>The share of the task that is done (0–1), as it counts in its section's progress.</summary>
    public double Fraction => Percent / 100.0;

    /// <summary>An item nobody has reported on yet: it counts as not started.</summary>
    public static ItemProgress NotStarted(string itemCode) => new(itemCode, ItemStatus.NotStarted, 0);
}
