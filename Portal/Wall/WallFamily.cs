namespace Portal.Wall;

/// <summary>
/// A headline tile of the overview: a family of KPIs. The title comes from Wall.resx (<c>Family.{Key}</c>);
/// <see cref="Title"/> is used for a family that the resource file does not know.
/// </summary>
public sealed class WallFamily
{
    public string Key { get; set; } = "";
    public string? Title { get; set; }
    public string[] Kpis { get; set; } = [];
}
