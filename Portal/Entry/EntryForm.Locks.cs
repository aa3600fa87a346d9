using MudBlazor;
using Portal.Accounts;
using Portal.Domain.Plans;
using Portal.Languages;
using Portal.Reporting.Closures;

namespace Portal.Entry;

/// <summary>
/// What locks the grid and what unlocks it while the page is open: a month submitted or reopened elsewhere, a plan
/// revision (rows retired or gone), and an admin's reasoned override of a closed month.
/// </summary>
public partial class EntryForm
{
    /// <summary>An admin may correct a closed month of a division still reporting, giving a reason (the write guard's override).</summary>
    private bool MayOverride => _user?.IsAdmin() == true && DivisionRetiredFrom is null;

    /// <summary>An admin unlocks a closed month with a reason (saved with every change), or locks it again (null).</summary>
    private void Override(string? reason)
    {
        _overrideReason = reason;
        _status = null;
    }

    /// <summary>The plan was revised: the rebuilt sheet carries the edits over, and says which it could not keep.</summary>
    private void Revised((EntrySheet Sheet, IReadOnlyList<Kpi> Dropped) rebuilt)
    {
        _sheet = rebuilt.Sheet;
        if (rebuilt.Dropped.Count > 0)
            _status = (Severity.Warning, L["Status.RevisedDropped", string.Join("、", rebuilt.Dropped.Select(k => k.Name))]);
    }

    /// <summary>A month was submitted, withdrawn, reviewed or sent back: the lock follows at once, on every open page.</summary>
    private async Task ReloadClosureAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed || _choice is not { } choice) return;
            var closure = await Periods.ClosureAsync(choice.Year, choice.Division, choice.Month);
            if (choice != _choice) return;
            _closure = closure;
            if (closure is null) _overrideReason = null; // reopened: the override has nothing left to unlock
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogWarning(e, "Reading the closure for the entry page failed");
        }
        finally
        {
            _gate.Release();
        }
        if (!_disposed) StateHasChanged();
    }
}
