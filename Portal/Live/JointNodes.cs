using Portal.Data.Entities;

namespace Portal.Live;

/// <summary>A library of the database as the joint targets see it (ADR 043).</summary>
public static class JointNodes
{
    public static LibraryNode Of(Library l) => new(l.Id, l.Code, l.Name, l.Level.ToString().ToLowerInvariant(), l.ParentId);
}
