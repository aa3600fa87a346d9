using Portal.LoadTest;
using Portal.LoadTest.Scenarios;

// Scenarios register here; each lives in Scenarios/ and prints its own results.
IScenario[] scenarios = [new WallMemoryScenario(), new HubScenario(), new PutScenario(), new ImportScenario(), new ProvincePlanScenario(), new OverviewScenario(), new ProvinceWallScenario()];

if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine("Portal.LoadTest: measures a running portal on this machine (loopback only).");
    Console.WriteLine("Usage: dotnet run -c Release --project Portal.LoadTest -- SCENARIO --url http://127.0.0.1:5249 --token wpa_… [--key value …]  (an admin's token: `dotnet run --project Portal -- token create ADMIN`; /bench and /_benchmarks need an admin)");
    Console.WriteLine("       hub only: --url may be repeated (clients split round-robin over the instances; saves go to the first, or to --save-url)");
    foreach (var s in scenarios) Console.WriteLine($"  {s.Name,-10} {s.Help}");
    return 0;
}

var scenario = scenarios.FirstOrDefault(s => s.Name == args[0]);
if (scenario is null)
{
    Console.Error.WriteLine($"Unknown scenario '{args[0]}'. Run with --help to list them.");
    return 2;
}
var options = new Dictionary<string, string>();
var urls = new List<string>(); // --url may be repeated (the hub scenario splits its clients over them)
for (var i = 1; i + 1 < args.Length; i += 2)
{
    var key = args[i].TrimStart('-');
    if (key == "url") urls.Add(args[i + 1]);
    options[key] = args[i + 1];
}
if (urls.Count == 0) urls.Add("http://127.0.0.1:5249");
options["url"] = urls[0];
options[Options.UrlsKey] = string.Join(' ', urls);
if (urls.Count > 1 && !scenario.TakesSeveralUrls)
{
    Console.Error.WriteLine($"Scenario '{scenario.Name}' takes one --url; only 'hub' takes several.");
    return 2;
}
var targets = urls.Append(options.GetValueOrDefault("save-url", urls[0])).Select(u => new Uri(u)).ToList();
if (targets.Any(u => !u.IsLoopback))
{
    Console.Error.WriteLine("The load tool only targets this machine (loopback addresses).");
    return 2;
}
var url = targets[0];
using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(10));
return await scenario.RunAsync(url, options, cts.Token);
