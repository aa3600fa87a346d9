namespace Portal.Domain.Engine;

/// <summary>Pending (待报): figures owed for the month are not in yet and their deadline has not passed (ADR 026).</summary>
public enum KpiStatus { Achieved, OnTrack, Behind, AtRisk, NoData, Pending }
