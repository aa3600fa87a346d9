using System.Globalization;
using Portal.Domain.Localization;

namespace Portal.Reporting.Chain;

/// <summary>The words of the review chain (ChainText.resx, English in ChainText.en.resx): the boards and its e-mails.</summary>
public sealed class ChainText
{
    private ChainText()
    {
    }

    internal static readonly TextResource Text = new(typeof(ChainText));

    /// <summary>市馆 / 省馆: how a library of that level is called in the chain.</summary>
    public static string Level(Data.Entities.Library library, CultureInfo? culture = null) =>
        Text.Get($"Level.{library.Level}", culture ?? CultureInfo.CurrentUICulture);

    public static string WaitingSubject(ChainMonth chain, int days, CultureInfo culture) =>
        Text.Format(culture, "Waiting.Subject", chain.Library.Name, chain.Year, chain.Month, days);

    public static string WaitingBody(ChainMonth chain, int days, string link, CultureInfo culture) =>
        Text.Format(culture, "Waiting.Body", chain.Awaiting!.Name, chain.Library.Name, chain.Year, chain.Month, days, link);

    public static string BackSubject(ChainMonth chain, int days, CultureInfo culture) =>
        Text.Format(culture, "Back.Subject", chain.Library.Name, chain.Year, chain.Month, days);

    public static string BackBody(ChainMonth chain, int days, string link, CultureInfo culture) =>
        Text.Format(culture, "Back.Body", chain.Library.Name, chain.Year, chain.Month, chain.LastReviewer?.Name ?? "", chain.State.Last?.Comment ?? "", days, link);
}
