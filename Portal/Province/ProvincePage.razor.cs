using Microsoft.AspNetCore.Components;
using Portal.Addresses;
using Portal.Data;

namespace Portal.Province;

/// <summary>
/// /province (and /l/{code}/province): a province or city library and every library below it, for one plan year
/// (?year=, default its latest) and month (?month=, default the latest with figures): the month's reporting, its
/// joint targets (ADR 043), each library's completion and statuses, its rank and its comparison with its peers, the
/// whole set and last year (ADR 041). At a county's address, or with no library below, it says the page is not for this library.
/// </summary>
public partial class ProvincePage
{
    [Inject] public required LibraryTree Tree { get; init; }
    [Inject] public required ProvinceReader Reader { get; init; }
    [Inject] public required NavigationManager Nav { get; init; }

    [SupplyParameterFromQuery(Name = "year")] public int? YearQuery { get; set; }
    [SupplyParameterFromQuery(Name = "month")] public int? MonthQuery { get; set; }

    private bool _loaded;
    private ProvinceSet? _set;
    private string _addressedName = "";
    private IReadOnlyList<int> _years = [];
    private ProvinceView? _view;
    private IReadOnlyList<JointStanding> _joint = [];

    protected override async Task OnParametersSetAsync()
    {
        var scope = LibraryScope.Current;
        _set = await ProvinceSet.ForAsync(Tree, scope);
        _addressedName = (await Tree.FindAsync(scope.Library))?.Name ?? "";
        _view = null;
        _joint = [];
        if (_set is { } set)
        {
            _years = Reader.Years(set);
            if (_years.Count > 0)
            {
                var year = YearQuery is { } y && _years.Contains(y) ? y : _years[0];
                var month = MonthQuery is >= 1 and <= 12 ? MonthQuery.Value : Reader.LatestMonth(set, year);
                _view = await Reader.ReadAsync(set, year, month);
                _joint = Reader.Joint(set, year, month);
            }
        }
        _loaded = true;
    }

    private void PickYear(int year) => Go(year, null);

    private void PickMonth(int month) => Go(_view?.Year, month);

    private void Go(int? year, int? month) => Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["year"] = year,
        ["month"] = month,
    }), replace: true);

    private string Export(string extension) => $"{Nav.Under($"/province/export.{extension}")}?year={_view?.Year}";
}
