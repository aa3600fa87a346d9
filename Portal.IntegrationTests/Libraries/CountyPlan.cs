namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// A county library's own small 2013 plan: two divisions, five KPIs with realistic targets. It shares the KPI code
/// circulation.loans with the provincial plan: codes are unique within a library, not across libraries.
/// </summary>
public static class CountyPlan
{
    public const string Title = "杭州市西湖区图书馆 2013 年工作要点";

    public const string Json = """
        {
          "year": 2013,
          "title": "杭州市西湖区图书馆 2013 年工作要点",
          "divisions": [ { "code": "lending", "name": "外借部" }, { "code": "events", "name": "活动推广部" } ],
          "sections": [
            { "code": "一", "title": "提升基本服务", "items": [
              { "code": "一.1", "number": 1, "text": "全年外借图书 12 万册次，新办读者证 4000 张。", "owner": "lending" },
              { "code": "一.2", "number": 2, "text": "建成社区流动服务点 6 个。", "owner": "lending" } ] },
            { "code": "二", "title": "开展阅读推广", "items": [
              { "code": "二.1", "number": 3, "text": "举办讲座 24 场，少儿阅读活动 60 场。", "owner": "events" } ] }
          ],
          "kpis": [
            { "code": "circulation.loans", "name": "外借图书", "item": "一.1", "target": 120000, "unit": "册次", "qualifier": "at-least", "aggregation": "flow", "lead": "lending" },
            { "code": "readers.new-cards", "name": "新办读者证", "item": "一.1", "target": 4000, "unit": "张", "qualifier": "about", "aggregation": "flow", "lead": "lending" },
            { "code": "outreach.points", "name": "社区流动服务点", "item": "一.2", "target": 6, "unit": "个", "qualifier": "target", "aggregation": "flow", "lead": "lending" },
            { "code": "events.lectures", "name": "讲座", "item": "二.1", "target": 24, "unit": "场", "qualifier": "target", "aggregation": "flow", "lead": "events" },
            { "code": "events.children", "name": "少儿阅读活动", "item": "二.1", "target": 60, "unit": "场", "qualifier": "about", "aggregation": "flow", "lead": "events" }
          ]
        }
        """;
}
