using Microsoft.AspNetCore.Components;
using Portal.Addresses;
using Portal.Data;

namespace Portal.Province;

/// <summary>
/// /province (and /l/{code}/province): a province or city library and every library below it, for one plan year
/// (?year=, default its latest) and month (?month=, default the month being reported now): the month's reporting, its
/// joint targets (ADR 043), each library's completion and statuses, its rank and its comparison with its peers, the
/// whole set and last year (ADR 041). At a county's address, or with no library below, it says the page is not for this library.
/// It follows the libraries live (<see cref="ProvinceLive"/>, ADR 044): a save or a submission anywhere below shows at once.
/// </summary>
public partial class ProvincePage : IAsyncDisposable
{
    [Inject] public required LibraryTree Tree { get; init; }
    [Inject] public required ProvinceReader Reader { get; init; }
    [Inject] public required NavigationManager Nav { get; init; }
    [Inject] public required IProvinceRollUps RollUps { get; init; }

    [SupplyParameterFromQuery(Name = "year")] public int? YearQuery { get; set; }
    [SupplyParameterFromQuery(Name = "month")] public int? MonthQuery { get; set; }

    private bool _loaded;
    private ProvinceSet? _set;
    private string _addressedName = "";
    private IReadOnlyList<int> _years = [];
    private ProvinceLive? _live;

    private ProvinceView? Shown => _live?.View;
    private IReadOnlyList<JointStanding> JointTargets => _live?.Joint ?? [];

    protected override async Task OnParametersSetAsync()
    {
        var scope = LibraryScope.Current;
        _set = await RollUps.SetAsync();
        _addressedName = (await Tree.FindAsync(scope.Library))?.Name ?? "";
        if (_set is { } set)
        {
            _years = Reader.Years(set);
            if (_years.Count > 0)
            {
                _live ??= RollUps.Follower(InvokeAsync, StateHasChanged);
                var year = YearQuery is { } y && _years.Contains(y) ? y : _years[0];
                await _live.FollowAsync(set, year, MonthQuery is >= 1 and <= 12 ? MonthQuery : null, listen: RendererInfo.IsInteractive);
            }
        }
        _loaded = true;
    }

    private void PickYear(int year) => Go(year, null);

    private void PickMonth(int month) => Go(Shown?.Year, month);

    private void Go(int? year, int? month) => Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["year"] = year,
        ["month"] = month,
    }), replace: true);

    private string Export(string extension) => $"{Nav.Under($"/province/export.{extension}")}?year={Shown?.Year}";

    public async ValueTask DisposeAsync()
    {
        if (_live is not null) await _live.DisposeAsync();
    }
}
