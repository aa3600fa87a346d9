using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.Accounts;

/// <summary>Tells the circuit's <see cref="CurrentUser"/> to read the circuit's authentication state.</summary>
public sealed class CircuitUserHandler(CurrentUser user) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        user.InCircuit = true;
        return Task.CompletedTask;
    }
}
