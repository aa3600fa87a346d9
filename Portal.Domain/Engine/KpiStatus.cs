namespace Portal.Domain.Engine;

public enum KpiStatus { Achieved, OnTrack, Behind, AtRisk, NoData }
