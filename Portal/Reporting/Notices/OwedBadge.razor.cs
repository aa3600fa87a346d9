using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Portal.Accounts;
using Portal.Languages;
using Portal.Live;

namespace Portal.Reporting.Notices;

/// <summary>
/// The app-bar badge: shown to people who enter figures for a division. It re-reads its notices when figures are
/// saved (a month that becomes complete drops off), when a month is submitted or sent back, and on navigation.
/// </summary>
public partial class OwedBadge
{
    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }

    private IReadOnlyList<OwedItem>? _items;
    private ClaimsPrincipal _user = new();
    private LiveSubscription? _live;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly CircuitCulture _culture = new();

    protected override async Task OnInitializedAsync()
    {
        if (Auth is not null) _user = (await Auth).User;
        if (!_user.IsSignedIn() || _user.IsKiosk() || !_user.Divisions().Any(_user.CanWriteDivision)) return;
        _live = new LiveSubscription(Feed, null, _ => InvokeAsync(RefreshAsync));
        Events.Changed += OnReportingChanged;
        Nav.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    // Raised on the thread of whoever submitted the month: re-render in this reader's language, not theirs.
    private void OnReportingChanged(int year) => _ = InvokeAsync(_culture.Around(RefreshAsync));

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(RefreshAsync);

    private async Task RefreshAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        await _reading.WaitAsync();
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            _items = await scope.ServiceProvider.GetRequiredService<OwedNotices>().ForAsync(_user);
        }
        finally
        {
            _reading.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Events.Changed -= OnReportingChanged;
        Nav.LocationChanged -= OnLocationChanged;
        if (_live is not null) await _live.DisposeAsync();
        _reading.Dispose();
        GC.SuppressFinalize(this);
    }
}
