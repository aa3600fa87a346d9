using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain;
using Portal.Domain.PlanImport;
using Portal.Resources;
using Portal.Shared;

using Portal.Addresses;

namespace Portal.PlanImport;

/// <summary>
/// A new year's plan (/plans/new): upload the document or paste its text; the extraction becomes a stored draft,
/// reviewed on its own page. Lists the drafts to continue or discard.
/// </summary>
public sealed partial class PlanDraftsPage
{
    private const long MaxBytes = PlanDocuments.MaxBytes;

    [Inject] public required PlanDraftService Drafts { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required PortalTitle AppTitle { get; init; }
    [Inject] public required ILogger<PlanDraftsPage> Log { get; init; }
    [Inject] public required IStringLocalizer<PlanReviewText> L { get; init; }

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    private IReadOnlyList<DraftSummary>? _drafts;
    private string? _pasted;
    private string? _error;
    private bool _busy;
    private int? _discarding;

    protected override Task OnInitializedAsync() => RefreshAsync();

    private async Task RefreshAsync()
    {
        _drafts = await Drafts.ListAsync();
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null) return;
        if (file.Size > MaxBytes)
        {
            _error = L["Upload.TooLarge", file.Name, file.Size / 1024 / 1024, MaxBytes / 1024 / 1024];
            return;
        }
        await CreateAsync(file.Name, async () =>
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(MaxBytes)) await stream.CopyToAsync(buffer);
            buffer.Position = 0;
            return PlanDocuments.Extract(file.Name, buffer);
        });
    }

    private Task PasteAsync()
    {
        if (string.IsNullOrWhiteSpace(_pasted))
        {
            _error = L["Paste.Empty"];
            return Task.CompletedTask;
        }
        var text = _pasted;
        return CreateAsync(L["Paste.FileName"], () => Task.FromResult(PlanExtractor.Extract(text)));
    }

    /// <summary>Reads the document and stores its draft; a document that cannot be read leaves a message and no draft.</summary>
    private async Task CreateAsync(string fileName, Func<Task<ExtractedPlan>> extract)
    {
        (_busy, _error) = (true, null);
        try
        {
            ExtractedPlan extracted;
            try
            {
                extracted = await extract();
            }
            catch (DomainException e)
            {
                _error = e.Message;
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A damaged or mislabelled file: the reader's own words are for the log, the admin gets what to do.
                Log.LogWarning(e, "Reading the plan document {File} failed", fileName);
                _error = L["Upload.Unreadable", fileName];
                return;
            }
            var record = await Drafts.CreateAsync(fileName, extracted, await UserAsync());
            Navigation.NavigateTo(Navigation.Under($"/plans/new/{record.Id}"));
        }
        catch (Accounts.Acting.WriteForbiddenException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() =>
        Authentication is null ? new() : (await Authentication).User;

    private async Task DiscardAsync(int id)
    {
        try
        {
            await Drafts.DiscardAsync(id, await UserAsync());
        }
        catch (Accounts.Acting.WriteForbiddenException e)
        {
            _error = e.Message;
        }
        _discarding = null;
        await RefreshAsync();
    }
}
