namespace Portal.Domain.Plans;

public sealed record Division(string Code, string Name);
