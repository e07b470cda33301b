"""Reasoning backends behind one streaming interface of events."""
