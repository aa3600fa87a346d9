namespace Portal.Live;

/// <summary>A plan's definition as stored (its plan-file JSON) at one version: how a published or edited plan travels between instances.</summary>
public sealed record PlanRevision(int Version, string Json);
