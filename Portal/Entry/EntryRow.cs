using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Figures;

namespace Portal.Entry;

/// <summary>
/// One KPI of the grid: the read-only columns (kept live), the stored cell as the page loaded it, and what the
/// user typed with its validation, plausibility warning, note and any conflict from the last save.
/// </summary>
public sealed class EntryRow(Kpi kpi, int index, int month, double? target)
{
    private readonly double?[] _monthly = new double?[12];

    public Kpi Kpi { get; } = kpi;
    public int Index { get; } = index;
    public int Month { get; } = month;

    /// <summary>The division's own target: its split share, or the whole target for the lead; null if it only contributes.</summary>
    public double? Target { get; } = target;

    /// <summary>
    /// The month the KPI was retired from, when that is by this row's month: the row shows its stored figure as
    /// history and takes no input (the server refuses such writes too). Null while the KPI is reported.
    /// </summary>
    public int? RetiredFrom => Kpi.IsRetiredAt(Month) ? Kpi.RetiredFrom : null;

    public double? YearToDate { get; private set; }
    public double? Completion { get; private set; }
    public double? LastMonth => Month > 1 ? _monthly[Month - 2] : null;

    public StoredCell? Stored { get; private set; }
    public string Input { get; private set; } = "";
    public double? Value { get; private set; }

    /// <summary>The text is not a number at all (the message is the page's); otherwise see <see cref="Error"/>.</summary>
    public bool Unreadable { get; private set; }

    /// <summary>The domain's message for a number it refuses: negative, not finite, not whole for a count.</summary>
    public string? Error { get; private set; }

    public PlausibilityWarning? Warning { get; private set; }
    public string Note { get; set; } = "";
    public bool Confirmed { get; private set; }
    public FigureConflict? Conflict { get; private set; }

    public bool Invalid => Unreadable || Error is not null;
    public bool HasChange => Invalid || !EntryNumber.Same(Value, Stored?.Value, Kpi.Fractional);
    public bool IsDelete => !Invalid && Value is null && Stored is not null;
    public bool NeedsConfirmation => HasChange && Warning is not null && !Confirmed;

    /// <summary>Neither edited nor refused: live changes may replace its value and version.</summary>
    public bool Untouched => !HasChange && Conflict is null;

    public void Edit(string? text)
    {
        Input = text ?? "";
        Confirmed = false;
        Unreadable = false;
        Error = null;
        Value = null;
        if (!string.IsNullOrWhiteSpace(Input))
        {
            if (!EntryNumber.TryParse(Input, out var v)) Unreadable = true;
            else if (FigureRules.ValueProblem(Kpi, v) is { } message) Error = message;
            else Value = v;
        }
        Recheck();
    }

    /// <summary>Takes a stored cell as the new baseline and shows it, dropping the edit (a load, or an untouched row refreshed).</summary>
    public void Load(StoredCell? stored)
    {
        Stored = stored;
        Conflict = null;
        Note = "";
        Edit(stored is { } s ? EntryNumber.Format(s.Value, Kpi.Fractional) : "");
    }

    /// <summary>After a save: the stored cell is the new baseline; an input typed meanwhile is kept as a new edit.</summary>
    public void Accept(StoredCell? stored)
    {
        if (EntryNumber.Same(Value, stored?.Value, Kpi.Fractional) && !Invalid)
        {
            Load(stored);
            return;
        }
        Stored = stored;
        Conflict = null;
        Recheck();
    }

    public void Refuse(FigureConflict conflict) => Conflict = conflict;

    /// <summary>
    /// Takes over the same KPI's row of the sheet before a plan revision: its baseline, edit, note, confirmation
    /// and conflict. The edit survives, and still saves against the version it was made on.
    /// </summary>
    internal void Resume(EntryRow before)
    {
        Stored = before.Stored;
        Note = before.Note;
        Conflict = before.Conflict;
        Edit(before.Input);
        Confirmed = before.Confirmed;
    }

    /// <summary>Shows the value the other writer saved and drops this row's edit.</summary>
    public void ReloadTheirs()
    {
        if (Conflict is { } c) Load(StoredCell.From(c));
    }

    /// <summary>Keeps the edit against the other writer's version: the next save replaces their value, openly.</summary>
    public void KeepMine()
    {
        if (Conflict is not { } c) return;
        Stored = StoredCell.From(c);
        Conflict = null;
        Recheck();
    }

    /// <summary>Confirms a value the plausibility check flagged; refused without a note.</summary>
    public bool Confirm()
    {
        if (string.IsNullOrWhiteSpace(Note)) return false;
        Note = Note.Trim();
        Confirmed = true;
        return true;
    }

    public void Unconfirm() => Confirmed = false;

    /// <summary>The note to store: the one given on confirming, otherwise the cell's existing note is kept.</summary>
    public string? NoteToSave => Confirmed ? Note : Stored?.Note;

    public FigureWrite Write(string division) =>
        new(Kpi.Code, division, Month, Value, NoteToSave, Stored?.Version ?? 0);

    internal void SetLive(double? yearToDate, double? completion, ReadOnlySpan<double?> monthly)
    {
        YearToDate = yearToDate;
        Completion = completion;
        monthly.CopyTo(_monthly);
        Recheck();
    }

    private void Recheck() =>
        Warning = Value is { } v && HasChange ? Plausibility.Check(Kpi, Month, v, _monthly) : null;
}
