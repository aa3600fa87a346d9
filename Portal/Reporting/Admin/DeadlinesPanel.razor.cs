using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Reporting;

namespace Portal.Reporting.Admin;

public partial class DeadlinesPanel
{
    private sealed class Row
    {
        public int Month { get; set; }
        public string? Date { get; set; }
        public string? Note { get; set; }
    }

    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }

    private int _year;
    private int _defaultDay = DeadlineSchedule.DefaultDueDay;
    private List<Row> _rows = [];
    private DeadlineSchedule? _schedule;
    private string? _message;
    private bool _ok;

    protected override async Task OnInitializedAsync()
    {
        if (Store.Plans.FirstOrDefault() is not { } plan) return;
        _year = plan.Plan.Year;
        await LoadAsync();
    }

    private async Task ChangeYearAsync(int year)
    {
        (_year, _message) = (year, null);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _schedule = await Deadlines.ScheduleAsync(_year);
        _defaultDay = _schedule.DefaultDay;
        _rows = (await Deadlines.ExceptionsAsync(_year))
            .Select(e => new Row { Month = e.Month, Date = e.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Note = e.Note }).ToList();
    }

    private async Task SaveAsync()
    {
        var changes = new List<DeadlineChange>();
        foreach (var r in _rows)
        {
            if (!DateOnly.TryParseExact(r.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                (_ok, _message) = (false, L["Deadlines.BadDate", r.Month, r.Date ?? ""]);
                return;
            }
            changes.Add(new DeadlineChange(r.Month, date, r.Note));
        }
        var user = Auth is null ? new System.Security.Claims.ClaimsPrincipal() : (await Auth).User;
        _message = await Deadlines.SaveAsync(user, _year, _defaultDay, changes);
        _ok = _message is null;
        _message ??= L["Deadlines.Saved", _year];
        if (_ok) await LoadAsync();
    }
}
