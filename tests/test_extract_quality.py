"""Extraction measured against gold on every set in the repository: the genre fixtures and held-out
sets written for this project, and the corpora of real pages in tests/corpus/ (each excerpt with its
address). Every field is held, at the scores reached: a change that loses ground fails here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ingest_helpers import ROOT, run_ingest
from scoring import score

FIELDS = ("title", "date", "locality", "province", "author")
# set folder -> the lowest score each measure may fall to (accuracy per field, officials F1, roles F1)
FLOORS = {
    "tests/fixtures/genre": dict.fromkeys((*FIELDS, "officials", "roles"), 1.0),
    "tests/fixtures/heldout": dict.fromkeys((*FIELDS, "officials", "roles"), 1.0),
    "tests/fixtures/heldout2": dict.fromkeys((*FIELDS, "officials", "roles"), 1.0),
    "tests/fixtures/heldout3": dict.fromkeys((*FIELDS, "officials", "roles"), 1.0),
    # the first three real sets (rounds one and two); every set below holds the scores of the rules as shipped,
    # measured after round twenty-seven (README, Extraction quality)
    "tests/corpus/south": {
        "title": 1.0, "date": 1.0, "locality": 0.973, "province": 1.0, "author": 1.0,
        "officials": 0.979, "roles": 0.97
    },
    "tests/corpus/centre": {
        "title": 0.97, "date": 0.97, "locality": 0.911, "province": 1.0, "author": 1.0,
        "officials": 0.975, "roles": 0.982
    },
    "tests/corpus/north": {
        "title": 1.0, "date": 0.97, "locality": 0.94, "province": 0.968, "author": 1.0,
        "officials": 1.0, "roles": 0.984
    },
    "tests/corpus/mixed": {
        "title": 1.0, "date": 1.0, "locality": 0.966, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 1.0
    },
    "tests/corpus/recent": {
        "title": 1.0, "date": 1.0, "locality": 0.924, "province": 0.971, "author": 1.0,
        "officials": 1.0, "roles": 0.989
    },
    "tests/corpus/late": {
        "title": 1.0, "date": 1.0, "locality": 0.911, "province": 0.968, "author": 1.0,
        "officials": 0.967, "roles": 0.963
    },
    "tests/corpus/coast": {
        "title": 1.0, "date": 0.943, "locality": 0.943, "province": 0.97, "author": 0.971,
        "officials": 0.979, "roles": 0.947
    },
    "tests/corpus/fresh": {
        "title": 1.0, "date": 1.0, "locality": 0.94, "province": 1.0, "author": 1.0,
        "officials": 0.956, "roles": 0.983
    },
    "tests/corpus/older": {
        "title": 0.97, "date": 0.97, "locality": 0.911, "province": 0.943, "author": 0.97,
        "officials": 0.964, "roles": 0.968
    },
    "tests/corpus/northold": {
        "title": 1.0, "date": 0.932, "locality": 0.932, "province": 1.0, "author": 0.966,
        "officials": 0.981, "roles": 0.968
    },
    "tests/corpus/final": {
        "title": 1.0, "date": 1.0, "locality": 0.932, "province": 1.0, "author": 0.932,
        "officials": 0.958, "roles": 0.98
    },
    "tests/corpus/shipped1": {
        "title": 0.949, "date": 0.949, "locality": 0.949, "province": 1.0, "author": 0.949,
        "officials": 0.972, "roles": 0.981
    },
    "tests/corpus/shipped2": {
        "title": 1.0, "date": 1.0, "locality": 0.899, "province": 0.908, "author": 1.0,
        "officials": 0.982, "roles": 0.928
    },
    "tests/corpus/usouth": {
        "title": 1.0, "date": 1.0, "locality": 0.899, "province": 0.888, "author": 1.0,
        "officials": 0.967, "roles": 0.907
    },
    "tests/corpus/ucentre": {
        "title": 1.0, "date": 1.0, "locality": 0.899, "province": 1.0, "author": 0.949,
        "officials": 1.0, "roles": 0.962
    },
    "tests/corpus/unorth": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.992, "roles": 0.988
    },
    "tests/corpus/lastn": {
        "title": 1.0, "date": 0.949, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.994, "roles": 0.963
    },
    "tests/corpus/lastsc": {
        "title": 0.959, "date": 0.959, "locality": 0.919, "province": 1.0, "author": 1.0,
        "officials": 0.962, "roles": 0.965
    },
    "tests/corpus/endn": {
        "title": 0.949, "date": 1.0, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.96
    },
    "tests/corpus/endsc": {
        "title": 0.959, "date": 1.0, "locality": 0.839, "province": 1.0, "author": 0.959,
        "officials": 0.941, "roles": 0.91
    },
    "tests/corpus/zn": {
        "title": 1.0, "date": 0.899, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.989, "roles": 0.96
    },
    "tests/corpus/zsc": {
        "title": 0.959, "date": 0.919, "locality": 0.879, "province": 1.0, "author": 0.959,
        "officials": 0.978, "roles": 0.978
    },
    "tests/corpus/fn": {
        "title": 1.0, "date": 0.849, "locality": 0.899, "province": 1.0, "author": 0.949,
        "officials": 0.988, "roles": 0.975
    },
    "tests/corpus/fsc": {
        "title": 0.919, "date": 0.919, "locality": 0.879, "province": 0.959, "author": 1.0,
        "officials": 1.0, "roles": 0.952
    },
    "tests/corpus/gn": {
        "title": 1.0, "date": 0.799, "locality": 0.749, "province": 0.943, "author": 1.0,
        "officials": 0.992, "roles": 0.989
    },
    "tests/corpus/gsc": {
        "title": 0.879, "date": 0.959, "locality": 0.839, "province": 1.0, "author": 1.0,
        "officials": 0.978, "roles": 0.916
    },
    "tests/corpus/hn": {
        "title": 1.0, "date": 1.0, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.982, "roles": 0.941
    },
    "tests/corpus/hsc": {
        "title": 0.919, "date": 0.959, "locality": 0.879, "province": 0.874, "author": 1.0,
        "officials": 0.953, "roles": 0.924
    },
    "tests/corpus/in": {
        "title": 1.0, "date": 0.899, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.986, "roles": 0.972
    },
    "tests/corpus/isc": {
        "title": 0.919, "date": 0.959, "locality": 0.799, "province": 1.0, "author": 1.0,
        "officials": 0.964, "roles": 0.902
    },
    "tests/corpus/jn": {
        "title": 1.0, "date": 0.899, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.984, "roles": 0.981
    },
    "tests/corpus/jsc": {
        "title": 0.959, "date": 0.839, "locality": 0.879, "province": 0.956, "author": 1.0,
        "officials": 1.0, "roles": 0.974
    },
    "tests/corpus/kn": {
        "title": 1.0, "date": 0.949, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.957
    },
    "tests/corpus/ksc": {
        "title": 0.959, "date": 0.959, "locality": 0.959, "province": 1.0, "author": 1.0,
        "officials": 0.991, "roles": 0.993
    },
    "tests/corpus/ln": {
        "title": 0.949, "date": 0.949, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.991, "roles": 0.971
    },
    "tests/corpus/lsc": {
        "title": 1.0, "date": 0.919, "locality": 0.919, "province": 0.943, "author": 1.0,
        "officials": 0.991, "roles": 0.964
    },
    "tests/corpus/mn": {
        "title": 1.0, "date": 0.849, "locality": 0.799, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.955
    },
    "tests/corpus/msc": {
        "title": 0.919, "date": 0.919, "locality": 0.799, "province": 1.0, "author": 0.959,
        "officials": 0.965, "roles": 0.974
    },
    "tests/corpus/nn": {
        "title": 0.949, "date": 0.949, "locality": 1.0, "province": 1.0, "author": 1.0,
        "officials": 0.965, "roles": 0.973
    },
    "tests/corpus/nsc": {
        "title": 0.959, "date": 0.959, "locality": 0.919, "province": 0.959, "author": 1.0,
        "officials": 0.975, "roles": 0.945
    },
    "tests/corpus/on": {
        "title": 0.949, "date": 1.0, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.896
    },
    "tests/corpus/osc": {
        "title": 0.959, "date": 0.919, "locality": 0.919, "province": 1.0, "author": 1.0,
        "officials": 0.956, "roles": 0.956
    },
    "tests/corpus/pn": {
        "title": 1.0, "date": 1.0, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.948, "roles": 0.939
    },
    "tests/corpus/psc": {
        "title": 1.0, "date": 1.0, "locality": 0.879, "province": 1.0, "author": 1.0,
        "officials": 0.989, "roles": 0.962
    },
    "tests/corpus/qn": {
        "title": 1.0, "date": 0.899, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 0.967, "roles": 0.965
    },
    "tests/corpus/qsc": {
        "title": 1.0, "date": 1.0, "locality": 0.839, "province": 0.951, "author": 0.959,
        "officials": 1.0, "roles": 0.977
    },
    "tests/corpus/rn": {
        "title": 1.0, "date": 1.0, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.984
    },
    "tests/corpus/rsc": {
        "title": 1.0, "date": 1.0, "locality": 0.799, "province": 1.0, "author": 0.959,
        "officials": 0.951, "roles": 0.976
    },
    "tests/corpus/sn": {
        "title": 1.0, "date": 0.949, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 0.979, "roles": 0.952
    },
    "tests/corpus/ssc": {
        "title": 1.0, "date": 0.959, "locality": 0.959, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.972
    },
    "tests/corpus/tn": {
        "title": 1.0, "date": 0.949, "locality": 0.699, "province": 0.932, "author": 0.899,
        "officials": 1.0, "roles": 0.943
    },
    "tests/corpus/tsc": {
        "title": 0.959, "date": 0.959, "locality": 0.919, "province": 1.0, "author": 0.959,
        "officials": 0.952, "roles": 0.933
    },
    "tests/corpus/un": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.962, "roles": 0.923
    },
    "tests/corpus/usc": {
        "title": 0.919, "date": 0.959, "locality": 0.959, "province": 0.951, "author": 0.959,
        "officials": 0.976, "roles": 0.992
    },
    "tests/corpus/vn": {
        "title": 1.0, "date": 0.949, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.989, "roles": 0.921
    },
    "tests/corpus/vsc": {
        "title": 0.959, "date": 0.919, "locality": 0.719, "province": 1.0, "author": 0.959,
        "officials": 0.969, "roles": 0.846
    },
    "tests/corpus/wn": {
        "title": 0.949, "date": 0.899, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 0.988, "roles": 0.974
    },
    "tests/corpus/wsc": {
        "title": 0.959, "date": 1.0, "locality": 0.879, "province": 0.951, "author": 0.959,
        "officials": 0.99, "roles": 0.988
    },
    "tests/corpus/xn": {
        "title": 1.0, "date": 1.0, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 1.0
    },
    "tests/corpus/xsc": {
        "title": 1.0, "date": 1.0, "locality": 0.879, "province": 1.0, "author": 1.0,
        "officials": 0.985, "roles": 0.965
    },
    "tests/corpus/yn": {
        "title": 1.0, "date": 1.0, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.933
    },
    "tests/corpus/ysc": {
        "title": 0.919, "date": 0.919, "locality": 1.0, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.94
    },
    "tests/corpus/an": {
        "title": 1.0, "date": 1.0, "locality": 0.949, "province": 0.908, "author": 1.0,
        "officials": 1.0, "roles": 0.981
    },
    "tests/corpus/asc": {
        "title": 1.0, "date": 0.919, "locality": 0.839, "province": 0.954, "author": 1.0,
        "officials": 0.99, "roles": 0.973
    },
    "tests/corpus/bn": {
        "title": 1.0, "date": 0.849, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.984, "roles": 0.958
    },
    "tests/corpus/bsc": {
        "title": 1.0, "date": 0.959, "locality": 0.799, "province": 0.943, "author": 1.0,
        "officials": 0.956, "roles": 1.0
    },
    "tests/corpus/cn": {
        "title": 0.949, "date": 1.0, "locality": 1.0, "province": 1.0, "author": 1.0,
        "officials": 0.964, "roles": 0.933
    },
    "tests/corpus/csc": {
        "title": 0.959, "date": 1.0, "locality": 0.719, "province": 0.954, "author": 1.0,
        "officials": 0.96, "roles": 0.98
    },
    "tests/corpus/dn": {
        "title": 1.0, "date": 0.899, "locality": 0.949, "province": 0.928, "author": 1.0,
        "officials": 0.979, "roles": 0.964
    },
    "tests/corpus/dsc": {
        "title": 1.0, "date": 1.0, "locality": 0.839, "province": 1.0, "author": 1.0,
        "officials": 0.964, "roles": 0.966
    },
    "tests/corpus/en": {
        "title": 0.899, "date": 0.949, "locality": 0.899, "province": 0.874, "author": 1.0,
        "officials": 0.929, "roles": 0.955
    },
    "tests/corpus/esc": {
        "title": 1.0, "date": 0.919, "locality": 0.839, "province": 1.0, "author": 0.959,
        "officials": 0.976, "roles": 0.986
    },
    "tests/corpus/gn2": {
        "title": 1.0, "date": 0.899, "locality": 0.899, "province": 1.0, "author": 1.0,
        "officials": 0.973, "roles": 1.0
    },
    "tests/corpus/gsc2": {
        "title": 0.919, "date": 1.0, "locality": 0.879, "province": 0.951, "author": 1.0,
        "officials": 0.989, "roles": 0.914
    },
    "tests/corpus/hn2": {
        "title": 1.0, "date": 0.949, "locality": 0.749, "province": 0.937, "author": 1.0,
        "officials": 1.0, "roles": 0.98
    },
    "tests/corpus/hsc2": {
        "title": 1.0, "date": 0.959, "locality": 0.879, "province": 1.0, "author": 0.919,
        "officials": 1.0, "roles": 0.958
    },
    "tests/corpus/in2": {
        "title": 1.0, "date": 0.949, "locality": 0.749, "province": 1.0, "author": 1.0,
        "officials": 0.977, "roles": 0.963
    },
    "tests/corpus/isc2": {
        "title": 0.959, "date": 1.0, "locality": 0.919, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.939
    },
    "tests/corpus/jn2": {
        "title": 1.0, "date": 0.949, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 0.99, "roles": 0.937
    },
    "tests/corpus/jsc2": {
        "title": 0.959, "date": 0.879, "locality": 0.839, "province": 0.957, "author": 1.0,
        "officials": 0.975, "roles": 0.954
    },
    "tests/corpus/kn2": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 0.971, "roles": 0.978
    },
    "tests/corpus/ksc2": {
        "title": 0.919, "date": 0.959, "locality": 0.919, "province": 1.0, "author": 1.0,
        "officials": 0.988, "roles": 0.968
    },
    "tests/corpus/ln2": {
        "title": 1.0, "date": 1.0, "locality": 0.749, "province": 0.922, "author": 0.949,
        "officials": 0.981, "roles": 0.988
    },
    "tests/corpus/lsc2": {
        "title": 1.0, "date": 0.959, "locality": 0.799, "province": 0.949, "author": 1.0,
        "officials": 0.974, "roles": 0.99
    },
    "tests/corpus/mn2": {
        "title": 0.949, "date": 1.0, "locality": 0.749, "province": 0.916, "author": 1.0,
        "officials": 0.986, "roles": 0.899
    },
    "tests/corpus/msc2": {
        "title": 1.0, "date": 1.0, "locality": 0.759, "province": 1.0, "author": 1.0,
        "officials": 0.976, "roles": 0.978
    },
    "tests/corpus/nn2": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 0.949,
        "officials": 0.989, "roles": 0.987
    },
    "tests/corpus/nsc2": {
        "title": 0.959, "date": 1.0, "locality": 0.879, "province": 0.946, "author": 0.959,
        "officials": 0.959, "roles": 0.955
    },
    "tests/corpus/on2": {
        "title": 1.0, "date": 1.0, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.94
    },
    "tests/corpus/osc2": {
        "title": 1.0, "date": 1.0, "locality": 0.919, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.969
    },
    "tests/corpus/pn2": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 0.949,
        "officials": 0.989, "roles": 0.959
    },
    "tests/corpus/psc2": {
        "title": 0.959, "date": 0.959, "locality": 0.879, "province": 1.0, "author": 0.959,
        "officials": 1.0, "roles": 0.977
    },
    "tests/corpus/qn2": {
        "title": 1.0, "date": 0.849, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.949
    },
    "tests/corpus/qsc2": {
        "title": 0.959, "date": 0.919, "locality": 0.839, "province": 0.954, "author": 0.959,
        "officials": 0.951, "roles": 0.938
    },
    "tests/corpus/rn2": {
        "title": 0.949, "date": 1.0, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.979
    },
    "tests/corpus/rsc2": {
        "title": 0.959, "date": 0.919, "locality": 0.959, "province": 1.0, "author": 0.919,
        "officials": 0.978, "roles": 0.961
    },
    "tests/corpus/sn2": {
        "title": 0.949, "date": 0.949, "locality": 0.849, "province": 1.0, "author": 0.949,
        "officials": 0.986, "roles": 0.869
    },
    "tests/corpus/ssc2": {
        "title": 0.919, "date": 0.919, "locality": 0.759, "province": 0.904, "author": 1.0,
        "officials": 0.94, "roles": 0.982
    },
    "tests/corpus/tn2": {
        "title": 0.949, "date": 0.949, "locality": 0.799, "province": 1.0, "author": 0.949,
        "officials": 0.956, "roles": 0.994
    },
    "tests/corpus/tsc2": {
        "title": 0.959, "date": 0.919, "locality": 0.959, "province": 1.0, "author": 0.919,
        "officials": 0.973, "roles": 1.0
    },
    "tests/corpus/un2": {
        "title": 1.0, "date": 0.949, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.929
    },
    "tests/corpus/usc2": {
        "title": 1.0, "date": 0.959, "locality": 0.799, "province": 1.0, "author": 0.959,
        "officials": 1.0, "roles": 0.947
    },
    "tests/corpus/vn2": {
        "title": 0.949, "date": 1.0, "locality": 0.849, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.949
    },
    "tests/corpus/vsc2": {
        "title": 1.0, "date": 0.919, "locality": 0.599, "province": 0.956, "author": 1.0,
        "officials": 0.96, "roles": 0.911
    },
    "tests/corpus/wn2": {
        "title": 0.943, "date": 0.888, "locality": 1.0, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.945
    },
    "tests/corpus/wsc2": {
        "title": 0.959, "date": 0.959, "locality": 0.919, "province": 0.946, "author": 0.959,
        "officials": 0.965, "roles": 0.945
    },
    "tests/corpus/xn2": {
        "title": 0.949, "date": 0.899, "locality": 0.849, "province": 0.937, "author": 1.0,
        "officials": 0.989, "roles": 0.951
    },
    "tests/corpus/xsc2": {
        "title": 0.959, "date": 1.0, "locality": 0.839, "province": 0.919, "author": 0.959,
        "officials": 0.978, "roles": 0.922
    },
    "tests/corpus/yn2": {
        "title": 1.0, "date": 0.949, "locality": 0.849, "province": 0.922, "author": 1.0,
        "officials": 0.989, "roles": 0.957
    },
    "tests/corpus/ysc2": {
        "title": 1.0, "date": 1.0, "locality": 0.879, "province": 1.0, "author": 0.959,
        "officials": 0.931, "roles": 0.959
    },
    "tests/corpus/zn2": {
        "title": 0.949, "date": 0.899, "locality": 0.949, "province": 1.0, "author": 1.0,
        "officials": 1.0, "roles": 0.954
    },
    "tests/corpus/zsc2": {
        "title": 0.959, "date": 1.0, "locality": 0.719, "province": 1.0, "author": 1.0,
        "officials": 0.962, "roles": 0.934
    },
}
# confident errors known and written down in a set's FIRST_LOOK.md; there may be no more of them
KNOWN_WRONG: dict[str, dict[str, int]] = {
    # vsc2 008: gifts to the recruits of `các xã: Phú Hiệp, Long Hòa và Phú Lâm` by a provincial union's chairman,
    # given to the province (the label takes the first commune); 018: Tết gifts in phường Vị Tân, xã Hỏa Lựu and xã
    # Vị Thủy, given to the lead's ward (the label takes the city; both seen at the set's first look)
    "tests/corpus/vsc2": {"locality": 2},
    # xsc2 018: TP Cần Thơ's chairman visiting families of war veterans, given to the city; the label takes the commune
    # the third paragraph names (seen at the set's first look)
    "tests/corpus/xsc2": {"locality": 1},
    # yn2 015: a youth union's candle-lighting in thành phố Lạng Sơn, given to the province of the same name; 016:
    # tỉnh Lạng Sơn's delegation laying incense in Sơn La, given to the delegation's province (both seen at the first
    # look)
    "tests/corpus/yn2": {"locality": 2},
    # zn2 002: a provincial chairman's meeting on a school to be built in xã Phiêng Khoài, given to the commune (the
    # label keeps the province); zsc2 007: the provincial secretary's incense at the Đồng Xoài victory site, given to
    # the province (the label takes the city); 010: `xã Tam Xuân 1`, whose number the map does not write, read as
    # `Tam Xuân` (all seen at the sets' first look, on the rules shipped)
    "tests/corpus/zn2": {"locality": 1},
    "tests/corpus/zsc2": {"locality": 2},
    "tests/corpus/gsc": {"locality": 1},  # 006: a voter meeting `tại TP.Châu Đốc` given to the province
    "tests/corpus/jn": {"locality": 1},  # 009: an inspection in xã Cẩm Giàng, under a city-wide lead, given to the city
    # mn 004: `Trong 2 ngày mùng 11 và 12/8/2025` read as its last day, the label takes the first; 008: an undated
    # `vừa thực hiện` given the page's date
    "tests/corpus/mn": {"date": 2},
    "tests/corpus/msc": {"date": 1},  # 010: a sidebar's dated link (another article) taken for an undated lead's year
    "tests/corpus/osc": {"locality": 1},  # 024: a visit in the city of Sóc Trăng; the label takes the province
    # pn 011: a vice-chairman's inspection of a road from phường Bắc Giang (the label takes the province)
    "tests/corpus/pn": {"locality": 1},
    # un 009: a first session dated by the lead's recollection of the election day (`diễn ra vào ngày 23/5/2021`);
    # the session's own date (`Vào chiếu ngày 29/06/2021`, a typo for chiều) is in a later paragraph
    "tests/corpus/un": {"date": 1},
    # vsc 007: the provincial police break ground for a model house in huyện Cư M'gar; the extractor keeps the
    # province (the organiser), the label the district where it stands
    "tests/corpus/vsc": {"locality": 1},
    # bn 005: `Lễ trao huy hiệu Đảng đợt 03/02/2026`, an award round's name, read as the ceremony's date (the label
    # leaves it empty); 015: a round-up of gifts in several places given to its first commune (the label takes the
    # province; both seen at their first look)
    "tests/corpus/bn": {"date": 1, "locality": 1},
    # esc 024: the ceremony founding thành phố Gia Nghĩa, which the lead names only as `(tỉnh Đắk Nông)`'s new city
    # after a paragraph about the province's people, given to the province (seen at its first look)
    "tests/corpus/esc": {"locality": 1},
    # jsc2 023 and ksc2 003: a ward's ceremony or visit that the label reads as the city's round-up (Huế); ln2 008:
    # a flood visit in thành phố Yên Bái the label gives to the province (all seen at their first look)
    "tests/corpus/jsc2": {"locality": 1},
    "tests/corpus/ksc2": {"locality": 1},
    "tests/corpus/ln2": {"locality": 1},
    # msc2 003: a provincial youth union's visit, given to the province whose city of the same name the label takes;
    # 007: a provincial youth campaign launched in huyện Cư M'gar, given to the province (both seen at its first look)
    "tests/corpus/msc2": {"locality": 2},
    # pn2 005: a report whose text gives no event day, dated by the outlet's credit line (`VTC News14/11/2024`); the
    # label leaves it empty. psc2 008: a festival of thành phố Kon Tum's anniversary, given to the province of the same
    # name (both seen at their first look)
    "tests/corpus/pn2": {"date": 1},
    "tests/corpus/psc2": {"locality": 1},
    # qn2 001: the city chairman's citizen reception (`Chủ tịch UBND thành phố Hải Dương đã tổ chức tiếp công dân`),
    # both units named only inside offices, given to the province (seen at its first look)
    "tests/corpus/qn2": {"locality": 1},
    # ssc2 015: a provincial secretary's thanks to TPHCM for flood relief, given to the city thanked; the label takes
    # the province that thanks (seen at its first look)
    "tests/corpus/ssc2": {"locality": 1},
}
SETS = [name for name in FLOORS if (ROOT / name).is_dir()]


@pytest.mark.parametrize("name", SETS)
def test_every_field_holds_its_score_and_nothing_is_confidently_wrong(tmp_path: Path, name: str) -> None:
    fixtures = ROOT / name
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for text in fixtures.glob("*.txt"):
        if text.with_suffix(".yaml").exists():
            shutil.copy(text, seeds / text.name)
    done = run_ingest(seeds, tmp_path / "content")
    assert done.returncode == 0, done.stderr
    result = score(tmp_path / "content", fixtures)
    # a wrong date or locality must never go unflagged; the editor can fix a gap, not a confident error
    known = KNOWN_WRONG.get(name, {})
    assert len(result.wrong["date"]) <= known.get("date", 0), result.wrong["date"]
    assert len(result.wrong["locality"]) <= known.get("locality", 0), result.wrong["locality"]
    floors = FLOORS[name]
    reached = {field: result.accuracy(field) for field in FIELDS}
    reached |= {"officials": result.f1, "roles": result.roles_f1}
    low = {key: round(value, 3) for key, value in reached.items() if value < floors[key] - 1e-9}
    assert not low, (low, result.wrong, result.misses)
