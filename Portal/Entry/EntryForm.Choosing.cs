using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Portal.Entry;

/// <summary>Choosing a year, division or month: through the address, behind a guard for unsaved edits.</summary>
public partial class EntryForm
{
    private void ChooseYear(int year) => Choose(_choice! with { Year = year });
    private void ChooseDivision(string division) => Choose(_choice! with { Division = division });
    private void ChooseMonth(int month) => Choose(_choice! with { Month = month });

    /// <summary>The address carries the choice, so that it can be bookmarked and sent; the navigation lock guards unsaved edits.</summary>
    private void Choose(EntryChoice choice) =>
        Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["year"] = choice.Year,
            ["division"] = choice.Division,
            ["month"] = choice.Month,
        }));

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!HasChanges) return;
        var leave = await Dialogs.ShowMessageBoxAsync(L["Leave.Title"], L["Leave.Body"], yesText: L["Leave.Yes"], cancelText: L["Leave.No"]);
        if (leave == true) return;
        context.PreventNavigation();
        _selectKey++; // the selects show the choice that stays, not the one refused
        StateHasChanged();
    }
}
