using Portal.Tests.Support;

namespace Portal.Tests.Support.Plans;

/// <summary>Plan files for tests: the seeds as they are, and small variations of them.</summary>
public static class PlanJsons
{
    public static string Seed2013 => File.ReadAllText(RepoPaths.Seed("plan-2013.json"));

    public static string Seed2014 => File.ReadAllText(RepoPaths.Seed("plan-2014.json"));

    /// <summary>The 2013 plan moved to another year: a valid new plan whatever the seeds hold.</summary>
    public static string Year(int year) => Seed2013.Replace("\"year\": 2013", $"\"year\": {year}").Replace("2013 年工作要点", $"{year} 年工作要点");
}
