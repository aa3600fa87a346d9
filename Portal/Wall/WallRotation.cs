namespace Portal.Wall;

/// <summary>Which page the wall shows: the pinned one, or the playlist's current page, moving on with each <see cref="Advance"/>.</summary>
public sealed class WallRotation
{
    private int _index;

    public WallRotation(IReadOnlyList<WallPage> playlist, WallPage? pinned)
    {
        Playlist = playlist.Count > 0 ? playlist : [WallPage.Overview];
        Pinned = pinned;
    }

    public IReadOnlyList<WallPage> Playlist { get; }
    public WallPage? Pinned { get; }
    public WallPage Current => Pinned ?? Playlist[_index];
    public int Index => _index;
    public bool Rotates => Pinned is null && Playlist.Count > 1;

    /// <summary>Every Advance counts, so that a page of the rotation can be keyed by it (its progress bar restarts).</summary>
    public int Turns { get; private set; }

    /// <summary>Held on the current page (WCAG 2.2.2): from the keyboard, the pause button or the kiosk address.</summary>
    public bool Paused { get; private set; }

    public void Pause(bool paused) => Paused = paused;

    public void Advance()
    {
        if (!Rotates || Paused) return;
        _index = (_index + 1) % Playlist.Count;
        Turns++;
    }
}
