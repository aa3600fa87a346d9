using Portal.Data.Entities;
using Portal.Domain.Plans;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;

namespace Portal.Entry;

/// <summary>
/// The entry grid of one division and month: a row for each KPI the division reports (leads, carries a split
/// target for, or has figures for). Plain state and rules, no UI: the page drives it and renders it.
/// </summary>
public sealed class EntrySheet
{
    private EntrySheet(PlanState state, Division division, int month, IReadOnlyList<EntryRow> rows)
    {
        State = state;
        Division = division;
        Month = month;
        Rows = rows;
    }

    public PlanState State { get; }
    public Plan Plan => State.Plan;
    public Division Division { get; }
    public int Month { get; }
    public IReadOnlyList<EntryRow> Rows { get; }

    public IReadOnlyList<EntryRow> Changed => Rows.Where(r => r.HasChange).ToList();
    public bool HasChanges => Rows.Any(r => r.HasChange);

    public static EntrySheet Build(PlanState state, string division, int month, IEnumerable<FigureRecord> stored)
    {
        var plan = state.Plan;
        var d = plan.DivisionIndex(division);
        var hasFigures = state.Read(ledger => plan.Kpis
            .Select((_, k) => Enumerable.Range(1, 12).Any(m => ledger.Value(k, d, m) is not null)).ToArray());
        var rows = new List<EntryRow>();
        for (var k = 0; k < plan.Kpis.Count; k++)
        {
            var kpi = plan.Kpis[k];
            var target = kpi.TargetFor(division);
            if (kpi.LeadDivision == division || target is not null || hasFigures[k])
                rows.Add(new EntryRow(kpi, rows.Count, month, target));
        }
        var sheet = new EntrySheet(state, plan.Division(division), month, rows);
        sheet.RefreshLive();
        var cells = stored.Where(r => r.Division == division && r.Month == month).ToDictionary(r => r.Kpi);
        foreach (var row in rows) row.Load(cells.TryGetValue(row.Kpi.Code, out var r) ? StoredCell.From(r) : null);
        return sheet;
    }

    /// <summary>
    /// The sheet again after a plan revision (rows come and go, targets change, a KPI may be retired), with the
    /// edits of this one carried over. Returns the KPIs whose edits could not be: their row is gone or retired.
    /// </summary>
    public (EntrySheet Sheet, IReadOnlyList<Kpi> Dropped) Rebuild(IEnumerable<FigureRecord> stored)
    {
        var sheet = Build(State, Division.Code, Month, stored);
        var rows = sheet.Rows.ToDictionary(r => r.Kpi.Code);
        var dropped = new List<Kpi>();
        foreach (var before in Rows.Where(r => r.HasChange || r.Conflict is not null))
        {
            if (rows.TryGetValue(before.Kpi.Code, out var row) && row.RetiredFrom is null) row.Resume(before);
            else if (before.HasChange) dropped.Add(before.Kpi);
        }
        return (sheet, dropped);
    }

    /// <summary>Re-reads the read-only columns from the live plan: year to date, completion, and the division's months.</summary>
    public void RefreshLive()
    {
        var evaluation = State.Current;
        var d = Plan.DivisionIndex(Division.Code);
        var monthly = new double?[Rows.Count * 12];
        var toDate = new double?[Rows.Count];
        State.Read(ledger =>
        {
            foreach (var row in Rows)
            {
                var k = Plan.KpiIndex(row.Kpi.Code);
                for (var m = 1; m <= 12; m++) monthly[row.Index * 12 + m - 1] = ledger.Value(k, d, m);
                toDate[row.Index] = ledger.DivisionActualAt(k, d, evaluation.AsOf);
            }
            return 0;
        });
        foreach (var row in Rows)
        {
            var share = evaluation.Kpi(row.Kpi.Code).Divisions.FirstOrDefault(s => s.Division == Division.Code);
            var ytd = toDate[row.Index];
            row.SetLive(ytd, ytd is null ? null : share?.Completion, monthly.AsSpan(row.Index * 12, 12));
        }
    }

    /// <summary>Takes the stored cells as they are now into the rows nobody is editing; edited rows keep the version they loaded.</summary>
    public void Merge(IEnumerable<FigureRecord> stored)
    {
        var cells = stored.Where(r => r.Division == Division.Code && r.Month == Month).ToDictionary(r => r.Kpi);
        foreach (var row in Rows.Where(r => r.Untouched))
        {
            var cell = cells.TryGetValue(row.Kpi.Code, out var r) ? StoredCell.From(r) : null;
            if (cell != row.Stored) row.Load(cell);
        }
    }

    /// <summary>
    /// Fills the row at <paramref name="index"/> and the rows below with a pasted column, line for row, as the grid
    /// shows them. A retired KPI's row takes only an empty line: a value there means the column and the grid are out
    /// of step (a sheet that still lists the KPI, or one that dropped it), so nothing is filled in and the outcome
    /// names the line. Otherwise the outcome says how many values found no row.
    /// </summary>
    public PasteOutcome Paste(int index, string? text)
    {
        var cells = PastedColumn.Cells(text);
        if (index < 0 || index >= Rows.Count) return new PasteOutcome(cells.Count, null);
        var rows = Rows.Skip(index).Take(cells.Count).ToList();
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].RetiredFrom is not null && cells[i].Length > 0)
                return new PasteOutcome(0, new PasteOnRetired(i + 1, cells[i], rows[i].Kpi.Name));
        for (var i = 0; i < rows.Count; i++)
            if (cells[i].Length > 0) rows[i].Edit(cells[i]);
        return new PasteOutcome(cells.Count - rows.Count, null);
    }

    public void Revert()
    {
        foreach (var row in Rows.Where(r => r.HasChange || r.Conflict is not null)) row.Load(row.Stored);
    }

    public IReadOnlyList<FigureWrite> Writes(IReadOnlyList<EntryRow> rows) => rows.Select(r => r.Write(Division.Code)).ToList();

    /// <summary>Takes a save's outcome into the rows that were sent.</summary>
    public SaveSummary Apply(IReadOnlyList<EntryRow> sent, SaveOutcome outcome)
    {
        // Nothing was written: the user may not write this division, or the month is closed. The rows keep their edits.
        if (outcome.Refusals.Count > 0)
            return new SaveSummary(0, 0, 0, outcome.Refusals.Select(r => r.Message).Distinct().ToList());
        if (outcome.Errors.Count > 0)
        {
            // Nothing was written. The grid checks the same rules first, so this is the rare server-only refusal (a note too long).
            return new SaveSummary(0, 0, 0, outcome.Errors.Select(e => $"{sent[e.Index].Kpi.Name}：{e.Message}").ToList());
        }
        var conflicts = outcome.Conflicts.ToDictionary(c => c.Kpi);
        var saved = outcome.Saved.ToDictionary(r => r.Kpi);
        int ok = 0, refused = 0, retry = 0;
        foreach (var row in sent)
        {
            if (!conflicts.TryGetValue(row.Kpi.Code, out var conflict))
            {
                row.Accept(saved.TryGetValue(row.Kpi.Code, out var r) ? StoredCell.From(r) : null);
                ok++;
            }
            // A whole save rolled back by a concurrent insert reports every cell; those still at our version were not changed by anyone.
            else if (conflict.CurrentVersion == (row.Stored?.Version ?? 0)) retry++;
            else
            {
                row.Refuse(conflict);
                refused++;
            }
        }
        return new SaveSummary(ok, refused, retry, []);
    }
}

/// <summary>What a save did: saved cells, cells refused because someone else saved first, cells to try again, and refusals.</summary>
public sealed record SaveSummary(int Saved, int Conflicts, int Retry, IReadOnlyList<string> Errors);
