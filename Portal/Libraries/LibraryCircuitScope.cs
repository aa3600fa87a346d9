using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>
/// A circuit's <see cref="LibraryScope"/>, computed once from its user and set around every inbound activity (events,
/// navigation, JavaScript calls), so that what a page reads in a circuit is filtered as in a request (ADR 039).
/// </summary>
public sealed class LibraryCircuitScope(AuthenticationStateProvider authentication, NavigationManager navigation, LibraryTree tree) : CircuitHandler
{
    private LibraryScope? _scope;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            LibraryScope.Current = _scope ??= await ScopeAsync();
            await next(context);
        };

    private async Task<LibraryScope> ScopeAsync()
    {
        // The library the circuit's address names: its base address is …/l/{code}/, or / for the default library.
        var addressed = LibraryAddresses.CodeIn(navigation.BaseUri) is { } code && await tree.FindByCodeAsync(code) is { } library
            ? library.Id : Library.DefaultId;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.IsSignedIn() ? await tree.ScopeForAsync(user.LibraryOf(), addressed) : LibraryScope.Of(addressed);
    }
}
