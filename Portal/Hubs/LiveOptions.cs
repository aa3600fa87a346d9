namespace Portal.Hubs;

/// <summary>Settings under "Live" in configuration.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// The shortest time between two hub broadcasts of one plan year. An isolated save still goes out at once; a
    /// burst gives at most one broadcast per interval after the first (250 ms: at most 5 a second).
    /// </summary>
    public TimeSpan BroadcastInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many FigureSaved messages (the latest) one broadcast carries at most.</summary>
    public int FigureSavedPerBroadcast { get; set; } = 10;
}
