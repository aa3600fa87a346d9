namespace Portal.Domain.Reporting;

/// <summary>
/// Where a library's month stands in the review chain above the library (ADR 042): no chain (the top library's month
/// ends inside it), still being reviewed inside the library, waiting for a reviewing library, reviewed by the last
/// one, or sent back.
/// </summary>
public enum ChainStage { NoChain, InLibrary, Awaiting, Reviewed, Returned }

/// <summary>One step of the chain: <paramref name="Reviewer"/> (a library id) reviewed the month, or sent it back with a comment.</summary>
public sealed record ChainStep(int Reviewer, bool Returned, DateTimeOffset At, string By, string? Comment);

/// <summary>
/// A library's month in the chain: its <see cref="Stage"/>, the library that owes the next step (<see cref="Awaiting"/>)
/// and since when, and the last step taken (the comment of a return).
/// </summary>
public sealed record ChainState(ChainStage Stage, int? Awaiting, DateTimeOffset? Since, ChainStep? Last)
{
    /// <summary>How many reviewing libraries have reviewed the month in this round (0 while it waits for the first).</summary>
    public int ReviewedLevels { get; init; }
}

/// <summary>
/// The rules of the chain. A library's month goes up once every division's month is reviewed inside the library
/// (<c>completedAt</c>, the last of those reviews); it is then reviewed by each library above it in turn, nearest
/// first. A return reopens the division months, so the next round starts again at the nearest reviewer; a step from
/// before the month was last completed belongs to an earlier round and does not count.
/// </summary>
public static class ReviewChain
{
    /// <param name="reviewers">The libraries above, nearest first (a county: its city, then the province).</param>
    /// <param name="completedAt">When the last division month was reviewed inside the library; null while one is not.</param>
    /// <param name="steps">The month's chain steps, oldest first.</param>
    public static ChainState StateOf(IReadOnlyList<int> reviewers, DateTimeOffset? completedAt, IReadOnlyList<ChainStep> steps)
    {
        var last = steps.Count > 0 ? steps[^1] : null;
        if (reviewers.Count == 0) return new(ChainStage.NoChain, null, null, null);
        if (last is { Returned: true } && (completedAt is null || last.At >= completedAt))
            return new(ChainStage.Returned, null, last.At, last);
        if (completedAt is null) return new(ChainStage.InLibrary, null, null, last);
        var current = last is not null && last.At >= completedAt ? last : null;
        var done = current is null ? 0 : reviewers.IndexOf(current.Reviewer) + 1;
        if (done >= reviewers.Count) return new(ChainStage.Reviewed, null, current!.At, current) { ReviewedLevels = done };
        return new(ChainStage.Awaiting, reviewers[done], current?.At ?? completedAt, current ?? last) { ReviewedLevels = done };
    }

    /// <summary>Only the library the month waits for reviews it.</summary>
    public static void RequireReview(ChainState state, int reviewer)
    {
        if (state.Stage == ChainStage.Awaiting && state.Awaiting == reviewer) return;
        throw new DomainException(Refusal(state, reviewer), "state");
    }

    /// <summary>
    /// The library the month waits for sends it back, always with a comment; the last reviewer may also send back a
    /// month it has reviewed, as inside a library a reviewed month can be sent back.
    /// </summary>
    public static string RequireReturn(ChainState state, int reviewer, string? comment)
    {
        var waits = state.Stage == ChainStage.Awaiting && state.Awaiting == reviewer;
        var reviewedLast = state.Stage == ChainStage.Reviewed && state.Last?.Reviewer == reviewer;
        if (!waits && !reviewedLast) throw new DomainException(Refusal(state, reviewer), "state");
        return SubmissionFlow.Clean(comment, "comment") ?? throw new DomainException(ReportingText.Text["Return.CommentNeeded"], "comment");
    }

    /// <summary>
    /// The library above that holds the month (the one it waits for, or the last one, which reviewed it); null while
    /// the month is the library's own. Inside the library nothing reopens a division month while one holds it: only
    /// the holder's send-back opens it again, so the chain is never restarted from below.
    /// </summary>
    public static int? Holder(ChainState state) => state.Stage switch
    {
        ChainStage.Awaiting => state.Awaiting,
        ChainStage.Reviewed => state.Last?.Reviewer,
        _ => null,
    };

    private static string Refusal(ChainState state, int reviewer) => ReportingText.Text[state.Stage switch
    {
        ChainStage.NoChain => "Chain.NoChain",
        ChainStage.InLibrary or ChainStage.Returned => "Chain.NotUp",
        ChainStage.Reviewed => "Chain.AlreadyReviewed",
        _ => state.ReviewedLevels > 0 && state.Awaiting != reviewer && state.Last?.Reviewer == reviewer ? "Chain.AlreadyReviewed" : "Chain.NotYours",
    }];

    private static int IndexOf(this IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
