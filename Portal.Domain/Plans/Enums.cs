namespace Portal.Domain.Plans;

/// <summary>How the plan words a target: a plain number, "以上/不少于", or "约".</summary>
public enum Qualifier { Target, AtLeast, About }

/// <summary>Flow figures add up month by month; a stock figure is a level where the latest one counts.</summary>
public enum Aggregation { Flow, Stock }
