using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Portal.Accounts;
using Portal.Data;
using Portal.Figures;
using Portal.Figures.Csv;
using Portal.Figures.EntryFiles;
using Portal.Live;
using Portal.Plans;

namespace Portal.Entry;

/// <summary>
/// Exports the entry sheet of the division and month on screen, and imports a CSV or .xlsx file through the same
/// all-or-nothing importer as the API, showing how far the upload has got.
/// The grid needs no reload afterwards: the import's changes reach it through the live feed.
/// </summary>
public partial class CsvTransfer
{
    private const long MaxBytes = 64L * 1024 * 1024;
    private const int ShownErrors = 20;
    private const string Accepted = ".csv,.xlsx,text/csv," + EntrySheetFile.XlsxContentType;

    private bool _busy;
    private double? _progress;
    private (Severity Severity, string Text)? _result;
    private IReadOnlyList<ImportError> _errors = [];

    [Inject] public required PlanStore Store { get; init; }
    [Inject] public required FigureImporter Importer { get; init; }
    [Inject] public required ILogger<CsvTransfer> Log { get; init; }

    [Parameter, EditorRequired] public int Year { get; set; }
    [Parameter, EditorRequired] public required string Division { get; set; }
    [Parameter, EditorRequired] public int Month { get; set; }

    /// <summary>False for users who may not enter figures: they can export, not import.</summary>
    [Parameter] public bool CanImport { get; set; } = true;
    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null || Store.Find(Year) is not { } plan) return;
        (_busy, _result, _errors) = (true, null, []);
        try
        {
            if (file.Size > MaxBytes)
            {
                _result = (Severity.Error, L["Csv.TooLarge", file.Size / 1024 / 1024]);
                return;
            }
            var bytes = await ReadAsync(file);
            var user = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
            var outcome = await Importer.ImportAsync(plan, bytes, user);
            _result = Describe(outcome);
            _errors = outcome.Errors.Take(ShownErrors).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException && DatabaseOutage.Is(e))
        {
            Log.LogWarning(e, "Importing an uploaded CSV failed: the database is unreachable");
            _result = (Severity.Error, L["Csv.DatabaseDown", DatabaseOutage.RetryAfterSeconds]);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            Log.LogWarning(e, "Reading an uploaded CSV failed");
            _result = (Severity.Error, L["Csv.ReadFailed"]);
        }
        finally
        {
            (_busy, _progress) = (false, null);
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadAsync(IBrowserFile file)
    {
        var buffer = new byte[file.Size];
        await using var stream = file.OpenReadStream(MaxBytes);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read));
            if (n == 0) break;
            read += n;
            _progress = (double)read / buffer.Length;
            StateHasChanged();
        }
        _progress = 1;
        StateHasChanged();
        return buffer.AsMemory(0, read);
    }

    private (Severity, string) Describe(ImportOutcome outcome) => outcome switch
    {
        { Refusals.Count: > 0 } => (Severity.Error, string.Join(" ", outcome.Refusals.Select(r => r.Message).Distinct())),
        { Errors.Count: > 0 } => (Severity.Error, L["Csv.Invalid", outcome.Errors.Select(e => e.Line).Distinct().Count()]),
        _ => (Severity.Success, L["Csv.Imported", outcome.Imported, outcome.Changed]),
    };
}
