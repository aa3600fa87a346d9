using System.Globalization;
using System.Resources;

namespace Portal.Domain.Localization;

/// <summary>
/// One .resx file read without dependency injection: for the domain, command-line output, and text composed for
/// someone other than the current circuit (an e-mail to its recipient, an audit record), which takes the culture as an
/// argument instead of trusting <see cref="CultureInfo.CurrentUICulture"/> (ADR 037).
/// </summary>
public sealed class TextResource(Type marker)
{
    /// <summary>The portal's default language: what audit records are written in, whoever acts.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly ResourceManager _manager = new(marker);

    public string this[string name] => Get(name, CultureInfo.CurrentUICulture);

    public string Get(string name, CultureInfo culture) =>
        _manager.GetString(name, culture) ?? throw new MissingManifestResourceException($"No resource '{name}' in {_manager.BaseName}.");

    /// <summary>Fills the resource's {0} {1} … in the current culture, as the interpolated string it replaced did.</summary>
    public string Format(string name, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[name], args);

    public string Format(CultureInfo culture, string name, params object?[] args) =>
        string.Format(culture, Get(name, culture), args);
}
