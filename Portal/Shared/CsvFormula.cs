namespace Portal.Shared;

/// <summary>
/// Keeps a spreadsheet from running a text cell as a formula (CSV injection, as OWASP describes it), losslessly
/// (docs/adr/011a-formula-safe-csv.md): text that starts with = + - @, a tab or a carriage return, or with the
/// apostrophe itself, is written with an apostrophe in front, which Excel reads as "this cell is text". Reading takes
/// off exactly that apostrophe and no other, so an exported file imports back to the same text, and a hand-written
/// note such as '98 洪水 keeps its apostrophe.
/// </summary>
public static class CsvFormula
{
    public const char Escape = '\'';

    private static bool Starts(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or Escape;

    /// <summary>The text as it is written to a CSV file.</summary>
    public static string Neutralise(string text) => Starts(text) ? Escape + text : text;

    /// <summary>The text a CSV cell stands for: the apostrophe Neutralise adds comes off again.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == Escape && Starts(cell.AsSpan(1)) ? cell[1..] : cell;
}
