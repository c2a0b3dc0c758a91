"""Evaluation: German-aware ROUGE, faithfulness, sentence-boundary accuracy, reports."""
