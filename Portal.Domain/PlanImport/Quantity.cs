namespace Portal.Domain.PlanImport;

/// <summary>
/// A number with its unit as written in a paragraph: [Start, End) covers the number, a range's second number,
/// 余/多, the unit and a 以上/左右/以内 after it. <see cref="Marker"/> is the qualifier written inside it
/// (at-least, about, at-most, range) or null.
/// </summary>
public sealed record Quantity(int Start, int End, double Value, double? Min, string Unit, string? Marker, bool ChineseOne);
