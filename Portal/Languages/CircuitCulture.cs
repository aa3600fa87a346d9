using System.Globalization;

namespace Portal.Languages;

/// <summary>
/// The culture a circuit runs in, captured where its component is created. A push that reaches the component from
/// another thread (an event raised by someone else's request, a timer) carries that thread's culture instead
/// (aspnetcore#28521): applying the captured one first makes the re-render speak the reader's language.
/// </summary>
public sealed class CircuitCulture
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Sets the captured culture on the current flow (an async-local: it ends with the caller's work).</summary>
    public void Apply()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
