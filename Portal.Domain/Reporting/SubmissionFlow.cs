namespace Portal.Domain.Reporting;

/// <summary>Where a division's month stands: open for entry, submitted (closed), reviewed, or sent back (open again).</summary>
public enum SubmissionState { Open, Submitted, Reviewed, Returned }

/// <summary>
/// The rules of submitting and reviewing a division's month. Each check returns nothing when the step is allowed
/// and throws a <see cref="DomainException"/> that says why not and what to do otherwise.
/// </summary>
public static class SubmissionFlow
{
    public const int TextLength = 500;

    /// <summary>Submitting closes the month; with figures still missing it needs a reason.</summary>
    public static string? RequireSubmit(SubmissionState state, int missing, string? reason)
    {
        if (state is SubmissionState.Submitted or SubmissionState.Reviewed)
            throw new DomainException(ReportingText.Text[state == SubmissionState.Reviewed ? "Submit.AlreadyReviewed" : "Submit.AlreadySubmitted"], "state");
        var text = Clean(reason, "reason");
        if (missing > 0 && text is null)
            throw new DomainException(ReportingText.Text.Format("Submit.ReasonNeeded", missing), "reason");
        return text;
    }

    /// <summary>
    /// Four eyes: whoever submitted a month never reviews it or sends it back, whatever roles their account holds
    /// (a team lead who is also director, or an admin). Names compare as the audit records them.
    /// </summary>
    public static void RequireOtherReviewer(string? submittedBy, string reviewer)
    {
        if (submittedBy is not null && string.Equals(submittedBy, reviewer, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(ReportingText.Text.Format("Review.OwnSubmission", reviewer), "reviewer");
    }

    /// <summary>Only a submitted month can be marked reviewed.</summary>
    public static void RequireReview(SubmissionState state)
    {
        if (state != SubmissionState.Submitted)
            throw new DomainException(ReportingText.Text[state == SubmissionState.Reviewed ? "Review.AlreadyReviewed" : "Review.NotSubmitted"], "state");
    }

    /// <summary>A submitted or reviewed month can be sent back, always with a comment saying what to correct.</summary>
    public static string RequireReturn(SubmissionState state, string? comment)
    {
        if (state is not (SubmissionState.Submitted or SubmissionState.Reviewed))
            throw new DomainException(ReportingText.Text["Return.NotSubmitted"], "state");
        return Clean(comment, "comment") ?? throw new DomainException(ReportingText.Text["Return.CommentNeeded"], "comment");
    }

    /// <summary>A team lead may withdraw a submission until it is reviewed; after that only an admin reopens it.</summary>
    public static void RequireWithdraw(SubmissionState state, bool admin)
    {
        if (state == SubmissionState.Reviewed && !admin)
            throw new DomainException(ReportingText.Text["Withdraw.Reviewed"], "state");
    }

    internal static string? Clean(string? text, string field)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > TextLength)
            throw new DomainException(ReportingText.Text.Format("Text.TooLong", TextLength, trimmed.Length), field);
        return trimmed;
    }
}
