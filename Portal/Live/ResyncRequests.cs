namespace Portal.Live;

/// <summary>
/// Asks for the <see cref="PlanStore"/> to be reloaded from the database, when a save's outcome is unknown: the
/// connection broke while its COMMIT was on the way, so the figures may be stored while the store never saw them
/// (ADR 019). The change relay (Live/Instances) runs the resynchronisation once the database answers again and
/// publishes what it finds as this instance's changes, so other instances get them too.
/// </summary>
public sealed class ResyncRequests
{
    public event Action? Requested;

    public void Request() => Requested?.Invoke();
}
