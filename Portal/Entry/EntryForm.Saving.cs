using MudBlazor;
using Portal.Accounts;
using Portal.Data;
using Portal.Figures;

namespace Portal.Entry;

/// <summary>Save: checks every changed row first, then sends them all in one call to the one write path.</summary>
public partial class EntryForm
{
    private async Task SaveAsync()
    {
        if (_sheet is not { } sheet || _saving || ReadOnly) return;
        _saving = true;
        await _gate.WaitAsync();
        try
        {
            sheet.RefreshLive(); // the plausibility check compares with the months as they are now
            var rows = sheet.Changed;
            if (rows.Count(r => r.Invalid) is > 0 and var invalid)
                _status = (Severity.Error, L["Status.Invalid", invalid]);
            else if (rows.Count(r => r.NeedsConfirmation) is > 0 and var unconfirmed)
                _status = (Severity.Warning, L["Status.Unconfirmed", unconfirmed]);
            else if (rows.Count > 0)
                _status = Describe(await SaveRowsAsync(sheet, rows));
        }
        catch (Exception e) when (e is not OperationCanceledException && DatabaseOutage.Is(e))
        {
            // The rows keep what was typed (nothing was applied to them): saving again once the database is back sends it.
            Log.LogWarning(e, "Saving {Count} figures from the entry page failed: the database is unreachable", sheet.Changed.Count);
            _status = (Severity.Error, L["Status.DatabaseDown", DatabaseOutage.RetryAfterSeconds]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogError(e, "Saving {Count} figures from the entry page failed", sheet.Changed.Count);
            _status = (Severity.Error, L["Status.Failed"]);
        }
        finally
        {
            _gate.Release();
            _saving = false;
        }
    }

    private async Task<SaveSummary> SaveRowsAsync(EntrySheet sheet, IReadOnlyList<EntryRow> rows)
    {
        var user = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
        var outcome = await Saves.SaveAsync(sheet.State, sheet.Writes(rows), user, _overrideReason);
        return sheet.Apply(rows, outcome);
    }

    private (Severity, string) Describe(SaveSummary s) => s switch
    {
        { Errors.Count: > 0 } => (Severity.Error, L["Status.Refused", string.Join("；", s.Errors)]),
        { Conflicts: > 0, Saved: 0 } => (Severity.Error, L["Status.ConflictsOnly", s.Conflicts]),
        { Conflicts: > 0 } => (Severity.Error, L["Status.Conflicts", s.Saved, s.Conflicts]),
        { Retry: > 0 } => (Severity.Warning, L["Status.Retry", s.Retry]),
        _ => (Severity.Success, L["Status.Saved", s.Saved]),
    };
}
