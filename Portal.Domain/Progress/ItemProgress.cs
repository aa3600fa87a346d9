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
        if (string.IsNullOrWhiteSpace(itemCode)) throw new DomainException("任务编号不能为空。", "item");
        if (!Enum.IsDefined(status)) throw new DomainException($"未知的任务状态“{status}”。请选择未开始、进行中、已完成或受阻。", "status");
        if (percent is < 0 or > 100) throw new DomainException($"完成百分比必须在 0 到 100 之间，收到的是 {percent}。", "percent");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteLength })
            throw new DomainException($"备注最多 {NoteLength} 个字符，现有 {note.Length} 个。请精简后再保存。", "note");
        if (status is ItemStatus.InProgress or ItemStatus.Blocked && percent == 100)
            throw new DomainException("完成百分比已到 100%，请把状态设为“已完成”。", "percent");
        if (status == ItemStatus.Blocked && note is null)
            throw new DomainException("任务受阻时必须在备注中写明原因，以便协调解决。", "note");
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
