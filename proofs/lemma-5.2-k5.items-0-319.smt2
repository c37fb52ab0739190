; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.2: for each item: q(e_j) = 0 and q(e_i) = theta_i for i != j (Eq. 5.4)
; obligation: items-0-319: an item and some e_i with q(e_i) != (0 if i = j else theta_i) (Eq. 5.4)
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1_0 () Bool)
(declare-fun q_0 () Int)
(declare-fun z1_1 () Bool)
(declare-fun q_1 () Int)
(declare-fun q_2 () Int)
(declare-fun z1_2 () Bool)
(declare-fun q_3 () Int)
(declare-fun z1_3 () Bool)
(declare-fun z2_4 () Bool)
(declare-fun z1_4 () Bool)
(declare-fun q_4 () Int)
(declare-fun z2_5 () Bool)
(declare-fun z1_5 () Bool)
(declare-fun q_5 () Int)
(declare-fun z2_6 () Bool)
(declare-fun z1_6 () Bool)
(declare-fun q_6 () Int)
(declare-fun z2_7 () Bool)
(declare-fun z1_7 () Bool)
(declare-fun q_7 () Int)
(declare-fun z2_8 () Bool)
(declare-fun z1_8 () Bool)
(declare-fun q_8 () Int)
(declare-fun z2_9 () Bool)
(declare-fun z1_9 () Bool)
(declare-fun q_9 () Int)
(declare-fun z2_10 () Bool)
(declare-fun z1_10 () Bool)
(declare-fun q_10 () Int)
(declare-fun z2_11 () Bool)
(declare-fun z1_11 () Bool)
(declare-fun q_11 () Int)
(declare-fun z2_12 () Bool)
(declare-fun z1_12 () Bool)
(declare-fun q_12 () Int)
(declare-fun z2_13 () Bool)
(declare-fun z1_13 () Bool)
(declare-fun q_13 () Int)
(declare-fun z2_14 () Bool)
(declare-fun z1_14 () Bool)
(declare-fun q_14 () Int)
(declare-fun z2_15 () Bool)
(declare-fun z1_15 () Bool)
(declare-fun q_15 () Int)
(declare-fun z2_16 () Bool)
(declare-fun z1_16 () Bool)
(declare-fun z3_16 () Bool)
(declare-fun q_16 () Int)
(declare-fun z2_17 () Bool)
(declare-fun z1_17 () Bool)
(declare-fun z3_17 () Bool)
(declare-fun q_17 () Int)
(declare-fun z2_18 () Bool)
(declare-fun z1_18 () Bool)
(declare-fun z3_18 () Bool)
(declare-fun q_18 () Int)
(declare-fun z2_19 () Bool)
(declare-fun z1_19 () Bool)
(declare-fun z3_19 () Bool)
(declare-fun q_19 () Int)
(declare-fun z2_20 () Bool)
(declare-fun z1_20 () Bool)
(declare-fun z3_20 () Bool)
(declare-fun q_20 () Int)
(declare-fun z2_21 () Bool)
(declare-fun z1_21 () Bool)
(declare-fun z3_21 () Bool)
(declare-fun q_21 () Int)
(declare-fun z2_22 () Bool)
(declare-fun z1_22 () Bool)
(declare-fun z3_22 () Bool)
(declare-fun q_22 () Int)
(declare-fun z2_23 () Bool)
(declare-fun z1_23 () Bool)
(declare-fun z3_23 () Bool)
(declare-fun q_23 () Int)
(declare-fun z2_24 () Bool)
(declare-fun z1_24 () Bool)
(declare-fun z3_24 () Bool)
(declare-fun q_24 () Int)
(declare-fun z2_25 () Bool)
(declare-fun z1_25 () Bool)
(declare-fun z3_25 () Bool)
(declare-fun q_25 () Int)
(declare-fun z2_26 () Bool)
(declare-fun z1_26 () Bool)
(declare-fun z3_26 () Bool)
(declare-fun q_26 () Int)
(declare-fun z2_27 () Bool)
(declare-fun z1_27 () Bool)
(declare-fun z3_27 () Bool)
(declare-fun q_27 () Int)
(declare-fun z2_28 () Bool)
(declare-fun z1_28 () Bool)
(declare-fun z3_28 () Bool)
(declare-fun q_28 () Int)
(declare-fun z2_29 () Bool)
(declare-fun z1_29 () Bool)
(declare-fun z3_29 () Bool)
(declare-fun q_29 () Int)
(declare-fun z2_30 () Bool)
(declare-fun z1_30 () Bool)
(declare-fun z3_30 () Bool)
(declare-fun q_30 () Int)
(declare-fun z2_31 () Bool)
(declare-fun z1_31 () Bool)
(declare-fun z3_31 () Bool)
(declare-fun q_31 () Int)
(declare-fun z2_32 () Bool)
(declare-fun z1_32 () Bool)
(declare-fun z3_32 () Bool)
(declare-fun q_32 () Int)
(declare-fun z2_33 () Bool)
(declare-fun z1_33 () Bool)
(declare-fun z3_33 () Bool)
(declare-fun q_33 () Int)
(declare-fun z2_34 () Bool)
(declare-fun z1_34 () Bool)
(declare-fun z3_34 () Bool)
(declare-fun q_34 () Int)
(declare-fun z2_35 () Bool)
(declare-fun z1_35 () Bool)
(declare-fun z3_35 () Bool)
(declare-fun q_35 () Int)
(declare-fun z2_36 () Bool)
(declare-fun z1_36 () Bool)
(declare-fun z3_36 () Bool)
(declare-fun q_36 () Int)
(declare-fun z2_37 () Bool)
(declare-fun z1_37 () Bool)
(declare-fun z3_37 () Bool)
(declare-fun q_37 () Int)
(declare-fun z2_38 () Bool)
(declare-fun z1_38 () Bool)
(declare-fun z3_38 () Bool)
(declare-fun q_38 () Int)
(declare-fun z2_39 () Bool)
(declare-fun z1_39 () Bool)
(declare-fun z3_39 () Bool)
(declare-fun q_39 () Int)
(declare-fun z2_40 () Bool)
(declare-fun z1_40 () Bool)
(declare-fun z3_40 () Bool)
(declare-fun q_40 () Int)
(declare-fun z2_41 () Bool)
(declare-fun z1_41 () Bool)
(declare-fun z3_41 () Bool)
(declare-fun q_41 () Int)
(declare-fun z2_42 () Bool)
(declare-fun z1_42 () Bool)
(declare-fun z3_42 () Bool)
(declare-fun q_42 () Int)
(declare-fun z2_43 () Bool)
(declare-fun z1_43 () Bool)
(declare-fun z3_43 () Bool)
(declare-fun q_43 () Int)
(declare-fun z2_44 () Bool)
(declare-fun z1_44 () Bool)
(declare-fun z3_44 () Bool)
(declare-fun q_44 () Int)
(declare-fun z2_45 () Bool)
(declare-fun z1_45 () Bool)
(declare-fun z3_45 () Bool)
(declare-fun q_45 () Int)
(declare-fun z2_46 () Bool)
(declare-fun z1_46 () Bool)
(declare-fun z3_46 () Bool)
(declare-fun q_46 () Int)
(declare-fun z2_47 () Bool)
(declare-fun z1_47 () Bool)
(declare-fun z3_47 () Bool)
(declare-fun q_47 () Int)
(declare-fun z2_48 () Bool)
(declare-fun z1_48 () Bool)
(declare-fun z3_48 () Bool)
(declare-fun z4_48 () Bool)
(declare-fun q_48 () Int)
(declare-fun z2_49 () Bool)
(declare-fun z1_49 () Bool)
(declare-fun z3_49 () Bool)
(declare-fun z4_49 () Bool)
(declare-fun q_49 () Int)
(declare-fun z2_50 () Bool)
(declare-fun z1_50 () Bool)
(declare-fun z3_50 () Bool)
(declare-fun z4_50 () Bool)
(declare-fun q_50 () Int)
(declare-fun z2_51 () Bool)
(declare-fun z1_51 () Bool)
(declare-fun z3_51 () Bool)
(declare-fun z4_51 () Bool)
(declare-fun q_51 () Int)
(declare-fun z2_52 () Bool)
(declare-fun z1_52 () Bool)
(declare-fun z3_52 () Bool)
(declare-fun z4_52 () Bool)
(declare-fun q_52 () Int)
(declare-fun z2_53 () Bool)
(declare-fun z1_53 () Bool)
(declare-fun z3_53 () Bool)
(declare-fun z4_53 () Bool)
(declare-fun q_53 () Int)
(declare-fun z2_54 () Bool)
(declare-fun z1_54 () Bool)
(declare-fun z3_54 () Bool)
(declare-fun z4_54 () Bool)
(declare-fun q_54 () Int)
(declare-fun z2_55 () Bool)
(declare-fun z1_55 () Bool)
(declare-fun z3_55 () Bool)
(declare-fun z4_55 () Bool)
(declare-fun q_55 () Int)
(declare-fun z2_56 () Bool)
(declare-fun z1_56 () Bool)
(declare-fun z3_56 () Bool)
(declare-fun z4_56 () Bool)
(declare-fun q_56 () Int)
(declare-fun z2_57 () Bool)
(declare-fun z1_57 () Bool)
(declare-fun z3_57 () Bool)
(declare-fun z4_57 () Bool)
(declare-fun q_57 () Int)
(declare-fun z2_58 () Bool)
(declare-fun z1_58 () Bool)
(declare-fun z3_58 () Bool)
(declare-fun z4_58 () Bool)
(declare-fun q_58 () Int)
(declare-fun z2_59 () Bool)
(declare-fun z1_59 () Bool)
(declare-fun z3_59 () Bool)
(declare-fun z4_59 () Bool)
(declare-fun q_59 () Int)
(declare-fun z2_60 () Bool)
(declare-fun z1_60 () Bool)
(declare-fun z3_60 () Bool)
(declare-fun z4_60 () Bool)
(declare-fun q_60 () Int)
(declare-fun z2_61 () Bool)
(declare-fun z1_61 () Bool)
(declare-fun z3_61 () Bool)
(declare-fun z4_61 () Bool)
(declare-fun q_61 () Int)
(declare-fun z2_62 () Bool)
(declare-fun z1_62 () Bool)
(declare-fun z3_62 () Bool)
(declare-fun z4_62 () Bool)
(declare-fun q_62 () Int)
(declare-fun z2_63 () Bool)
(declare-fun z1_63 () Bool)
(declare-fun z3_63 () Bool)
(declare-fun z4_63 () Bool)
(declare-fun q_63 () Int)
(declare-fun z2_64 () Bool)
(declare-fun z1_64 () Bool)
(declare-fun z3_64 () Bool)
(declare-fun z4_64 () Bool)
(declare-fun q_64 () Int)
(declare-fun z2_65 () Bool)
(declare-fun z1_65 () Bool)
(declare-fun z3_65 () Bool)
(declare-fun z4_65 () Bool)
(declare-fun q_65 () Int)
(declare-fun z2_66 () Bool)
(declare-fun z1_66 () Bool)
(declare-fun z3_66 () Bool)
(declare-fun z4_66 () Bool)
(declare-fun q_66 () Int)
(declare-fun z2_67 () Bool)
(declare-fun z1_67 () Bool)
(declare-fun z3_67 () Bool)
(declare-fun z4_67 () Bool)
(declare-fun q_67 () Int)
(declare-fun z2_68 () Bool)
(declare-fun z1_68 () Bool)
(declare-fun z3_68 () Bool)
(declare-fun z4_68 () Bool)
(declare-fun q_68 () Int)
(declare-fun z2_69 () Bool)
(declare-fun z1_69 () Bool)
(declare-fun z3_69 () Bool)
(declare-fun z4_69 () Bool)
(declare-fun q_69 () Int)
(declare-fun z2_70 () Bool)
(declare-fun z1_70 () Bool)
(declare-fun z3_70 () Bool)
(declare-fun z4_70 () Bool)
(declare-fun q_70 () Int)
(declare-fun z2_71 () Bool)
(declare-fun z1_71 () Bool)
(declare-fun z3_71 () Bool)
(declare-fun z4_71 () Bool)
(declare-fun q_71 () Int)
(declare-fun z2_72 () Bool)
(declare-fun z1_72 () Bool)
(declare-fun z3_72 () Bool)
(declare-fun z4_72 () Bool)
(declare-fun q_72 () Int)
(declare-fun z2_73 () Bool)
(declare-fun z1_73 () Bool)
(declare-fun z3_73 () Bool)
(declare-fun z4_73 () Bool)
(declare-fun q_73 () Int)
(declare-fun z2_74 () Bool)
(declare-fun z1_74 () Bool)
(declare-fun z3_74 () Bool)
(declare-fun z4_74 () Bool)
(declare-fun q_74 () Int)
(declare-fun z2_75 () Bool)
(declare-fun z1_75 () Bool)
(declare-fun z3_75 () Bool)
(declare-fun z4_75 () Bool)
(declare-fun q_75 () Int)
(declare-fun z2_76 () Bool)
(declare-fun z1_76 () Bool)
(declare-fun z3_76 () Bool)
(declare-fun z4_76 () Bool)
(declare-fun q_76 () Int)
(declare-fun z2_77 () Bool)
(declare-fun z1_77 () Bool)
(declare-fun z3_77 () Bool)
(declare-fun z4_77 () Bool)
(declare-fun q_77 () Int)
(declare-fun z2_78 () Bool)
(declare-fun z1_78 () Bool)
(declare-fun z3_78 () Bool)
(declare-fun z4_78 () Bool)
(declare-fun q_78 () Int)
(declare-fun z2_79 () Bool)
(declare-fun z1_79 () Bool)
(declare-fun z3_79 () Bool)
(declare-fun z4_79 () Bool)
(declare-fun q_79 () Int)
(declare-fun z2_80 () Bool)
(declare-fun z1_80 () Bool)
(declare-fun z3_80 () Bool)
(declare-fun z4_80 () Bool)
(declare-fun q_80 () Int)
(declare-fun z2_81 () Bool)
(declare-fun z1_81 () Bool)
(declare-fun z3_81 () Bool)
(declare-fun z4_81 () Bool)
(declare-fun q_81 () Int)
(declare-fun z2_82 () Bool)
(declare-fun z1_82 () Bool)
(declare-fun z3_82 () Bool)
(declare-fun z4_82 () Bool)
(declare-fun q_82 () Int)
(declare-fun z2_83 () Bool)
(declare-fun z1_83 () Bool)
(declare-fun z3_83 () Bool)
(declare-fun z4_83 () Bool)
(declare-fun q_83 () Int)
(declare-fun z2_84 () Bool)
(declare-fun z1_84 () Bool)
(declare-fun z3_84 () Bool)
(declare-fun z4_84 () Bool)
(declare-fun q_84 () Int)
(declare-fun z2_85 () Bool)
(declare-fun z1_85 () Bool)
(declare-fun z3_85 () Bool)
(declare-fun z4_85 () Bool)
(declare-fun q_85 () Int)
(declare-fun z2_86 () Bool)
(declare-fun z1_86 () Bool)
(declare-fun z3_86 () Bool)
(declare-fun z4_86 () Bool)
(declare-fun q_86 () Int)
(declare-fun z2_87 () Bool)
(declare-fun z1_87 () Bool)
(declare-fun z3_87 () Bool)
(declare-fun z4_87 () Bool)
(declare-fun q_87 () Int)
(declare-fun z2_88 () Bool)
(declare-fun z1_88 () Bool)
(declare-fun z3_88 () Bool)
(declare-fun z4_88 () Bool)
(declare-fun q_88 () Int)
(declare-fun z2_89 () Bool)
(declare-fun z1_89 () Bool)
(declare-fun z3_89 () Bool)
(declare-fun z4_89 () Bool)
(declare-fun q_89 () Int)
(declare-fun z2_90 () Bool)
(declare-fun z1_90 () Bool)
(declare-fun z3_90 () Bool)
(declare-fun z4_90 () Bool)
(declare-fun q_90 () Int)
(declare-fun z2_91 () Bool)
(declare-fun z1_91 () Bool)
(declare-fun z3_91 () Bool)
(declare-fun z4_91 () Bool)
(declare-fun q_91 () Int)
(declare-fun z2_92 () Bool)
(declare-fun z1_92 () Bool)
(declare-fun z3_92 () Bool)
(declare-fun z4_92 () Bool)
(declare-fun q_92 () Int)
(declare-fun z2_93 () Bool)
(declare-fun z1_93 () Bool)
(declare-fun z3_93 () Bool)
(declare-fun z4_93 () Bool)
(declare-fun q_93 () Int)
(declare-fun z2_94 () Bool)
(declare-fun z1_94 () Bool)
(declare-fun z3_94 () Bool)
(declare-fun z4_94 () Bool)
(declare-fun q_94 () Int)
(declare-fun z2_95 () Bool)
(declare-fun z1_95 () Bool)
(declare-fun z3_95 () Bool)
(declare-fun z4_95 () Bool)
(declare-fun q_95 () Int)
(declare-fun z2_96 () Bool)
(declare-fun z1_96 () Bool)
(declare-fun z3_96 () Bool)
(declare-fun z4_96 () Bool)
(declare-fun q_96 () Int)
(declare-fun z2_97 () Bool)
(declare-fun z1_97 () Bool)
(declare-fun z3_97 () Bool)
(declare-fun z4_97 () Bool)
(declare-fun q_97 () Int)
(declare-fun z2_98 () Bool)
(declare-fun z1_98 () Bool)
(declare-fun z3_98 () Bool)
(declare-fun z4_98 () Bool)
(declare-fun q_98 () Int)
(declare-fun z2_99 () Bool)
(declare-fun z1_99 () Bool)
(declare-fun z3_99 () Bool)
(declare-fun z4_99 () Bool)
(declare-fun q_99 () Int)
(declare-fun z2_100 () Bool)
(declare-fun z1_100 () Bool)
(declare-fun z3_100 () Bool)
(declare-fun z4_100 () Bool)
(declare-fun q_100 () Int)
(declare-fun z2_101 () Bool)
(declare-fun z1_101 () Bool)
(declare-fun z3_101 () Bool)
(declare-fun z4_101 () Bool)
(declare-fun q_101 () Int)
(declare-fun z2_102 () Bool)
(declare-fun z1_102 () Bool)
(declare-fun z3_102 () Bool)
(declare-fun z4_102 () Bool)
(declare-fun q_102 () Int)
(declare-fun z2_103 () Bool)
(declare-fun z1_103 () Bool)
(declare-fun z3_103 () Bool)
(declare-fun z4_103 () Bool)
(declare-fun q_103 () Int)
(declare-fun z2_104 () Bool)
(declare-fun z1_104 () Bool)
(declare-fun z3_104 () Bool)
(declare-fun z4_104 () Bool)
(declare-fun q_104 () Int)
(declare-fun z2_105 () Bool)
(declare-fun z1_105 () Bool)
(declare-fun z3_105 () Bool)
(declare-fun z4_105 () Bool)
(declare-fun q_105 () Int)
(declare-fun z2_106 () Bool)
(declare-fun z1_106 () Bool)
(declare-fun z3_106 () Bool)
(declare-fun z4_106 () Bool)
(declare-fun q_106 () Int)
(declare-fun z2_107 () Bool)
(declare-fun z1_107 () Bool)
(declare-fun z3_107 () Bool)
(declare-fun z4_107 () Bool)
(declare-fun q_107 () Int)
(declare-fun z2_108 () Bool)
(declare-fun z1_108 () Bool)
(declare-fun z3_108 () Bool)
(declare-fun z4_108 () Bool)
(declare-fun q_108 () Int)
(declare-fun z2_109 () Bool)
(declare-fun z1_109 () Bool)
(declare-fun z3_109 () Bool)
(declare-fun z4_109 () Bool)
(declare-fun q_109 () Int)
(declare-fun z2_110 () Bool)
(declare-fun z1_110 () Bool)
(declare-fun z3_110 () Bool)
(declare-fun z4_110 () Bool)
(declare-fun q_110 () Int)
(declare-fun z2_111 () Bool)
(declare-fun z1_111 () Bool)
(declare-fun z3_111 () Bool)
(declare-fun z4_111 () Bool)
(declare-fun q_111 () Int)
(declare-fun z2_112 () Bool)
(declare-fun z1_112 () Bool)
(declare-fun z3_112 () Bool)
(declare-fun z4_112 () Bool)
(declare-fun q_112 () Int)
(declare-fun z2_113 () Bool)
(declare-fun z1_113 () Bool)
(declare-fun z3_113 () Bool)
(declare-fun z4_113 () Bool)
(declare-fun q_113 () Int)
(declare-fun z2_114 () Bool)
(declare-fun z1_114 () Bool)
(declare-fun z3_114 () Bool)
(declare-fun z4_114 () Bool)
(declare-fun q_114 () Int)
(declare-fun z2_115 () Bool)
(declare-fun z1_115 () Bool)
(declare-fun z3_115 () Bool)
(declare-fun z4_115 () Bool)
(declare-fun q_115 () Int)
(declare-fun z2_116 () Bool)
(declare-fun z1_116 () Bool)
(declare-fun z3_116 () Bool)
(declare-fun z4_116 () Bool)
(declare-fun q_116 () Int)
(declare-fun z2_117 () Bool)
(declare-fun z1_117 () Bool)
(declare-fun z3_117 () Bool)
(declare-fun z4_117 () Bool)
(declare-fun q_117 () Int)
(declare-fun z2_118 () Bool)
(declare-fun z1_118 () Bool)
(declare-fun z3_118 () Bool)
(declare-fun z4_118 () Bool)
(declare-fun q_118 () Int)
(declare-fun z2_119 () Bool)
(declare-fun z1_119 () Bool)
(declare-fun z3_119 () Bool)
(declare-fun z4_119 () Bool)
(declare-fun q_119 () Int)
(declare-fun z2_120 () Bool)
(declare-fun z1_120 () Bool)
(declare-fun z3_120 () Bool)
(declare-fun z4_120 () Bool)
(declare-fun q_120 () Int)
(declare-fun z2_121 () Bool)
(declare-fun z1_121 () Bool)
(declare-fun z3_121 () Bool)
(declare-fun z4_121 () Bool)
(declare-fun q_121 () Int)
(declare-fun z2_122 () Bool)
(declare-fun z1_122 () Bool)
(declare-fun z3_122 () Bool)
(declare-fun z4_122 () Bool)
(declare-fun q_122 () Int)
(declare-fun z2_123 () Bool)
(declare-fun z1_123 () Bool)
(declare-fun z3_123 () Bool)
(declare-fun z4_123 () Bool)
(declare-fun q_123 () Int)
(declare-fun z2_124 () Bool)
(declare-fun z1_124 () Bool)
(declare-fun z3_124 () Bool)
(declare-fun z4_124 () Bool)
(declare-fun q_124 () Int)
(declare-fun z2_125 () Bool)
(declare-fun z1_125 () Bool)
(declare-fun z3_125 () Bool)
(declare-fun z4_125 () Bool)
(declare-fun q_125 () Int)
(declare-fun z2_126 () Bool)
(declare-fun z1_126 () Bool)
(declare-fun z3_126 () Bool)
(declare-fun z4_126 () Bool)
(declare-fun q_126 () Int)
(declare-fun z2_127 () Bool)
(declare-fun z1_127 () Bool)
(declare-fun z3_127 () Bool)
(declare-fun z4_127 () Bool)
(declare-fun q_127 () Int)
(declare-fun z2_128 () Bool)
(declare-fun z1_128 () Bool)
(declare-fun z3_128 () Bool)
(declare-fun z4_128 () Bool)
(declare-fun z5_128 () Bool)
(declare-fun q_128 () Int)
(declare-fun z2_129 () Bool)
(declare-fun z1_129 () Bool)
(declare-fun z3_129 () Bool)
(declare-fun z4_129 () Bool)
(declare-fun z5_129 () Bool)
(declare-fun q_129 () Int)
(declare-fun z2_130 () Bool)
(declare-fun z1_130 () Bool)
(declare-fun z3_130 () Bool)
(declare-fun z4_130 () Bool)
(declare-fun z5_130 () Bool)
(declare-fun q_130 () Int)
(declare-fun z2_131 () Bool)
(declare-fun z1_131 () Bool)
(declare-fun z3_131 () Bool)
(declare-fun z4_131 () Bool)
(declare-fun z5_131 () Bool)
(declare-fun q_131 () Int)
(declare-fun z2_132 () Bool)
(declare-fun z1_132 () Bool)
(declare-fun z3_132 () Bool)
(declare-fun z4_132 () Bool)
(declare-fun z5_132 () Bool)
(declare-fun q_132 () Int)
(declare-fun z2_133 () Bool)
(declare-fun z1_133 () Bool)
(declare-fun z3_133 () Bool)
(declare-fun z4_133 () Bool)
(declare-fun z5_133 () Bool)
(declare-fun q_133 () Int)
(declare-fun z2_134 () Bool)
(declare-fun z1_134 () Bool)
(declare-fun z3_134 () Bool)
(declare-fun z4_134 () Bool)
(declare-fun z5_134 () Bool)
(declare-fun q_134 () Int)
(declare-fun z2_135 () Bool)
(declare-fun z1_135 () Bool)
(declare-fun z3_135 () Bool)
(declare-fun z4_135 () Bool)
(declare-fun z5_135 () Bool)
(declare-fun q_135 () Int)
(declare-fun z2_136 () Bool)
(declare-fun z1_136 () Bool)
(declare-fun z3_136 () Bool)
(declare-fun z4_136 () Bool)
(declare-fun z5_136 () Bool)
(declare-fun q_136 () Int)
(declare-fun z2_137 () Bool)
(declare-fun z1_137 () Bool)
(declare-fun z3_137 () Bool)
(declare-fun z4_137 () Bool)
(declare-fun z5_137 () Bool)
(declare-fun q_137 () Int)
(declare-fun z2_138 () Bool)
(declare-fun z1_138 () Bool)
(declare-fun z3_138 () Bool)
(declare-fun z4_138 () Bool)
(declare-fun z5_138 () Bool)
(declare-fun q_138 () Int)
(declare-fun z2_139 () Bool)
(declare-fun z1_139 () Bool)
(declare-fun z3_139 () Bool)
(declare-fun z4_139 () Bool)
(declare-fun z5_139 () Bool)
(declare-fun q_139 () Int)
(declare-fun z2_140 () Bool)
(declare-fun z1_140 () Bool)
(declare-fun z3_140 () Bool)
(declare-fun z4_140 () Bool)
(declare-fun z5_140 () Bool)
(declare-fun q_140 () Int)
(declare-fun z2_141 () Bool)
(declare-fun z1_141 () Bool)
(declare-fun z3_141 () Bool)
(declare-fun z4_141 () Bool)
(declare-fun z5_141 () Bool)
(declare-fun q_141 () Int)
(declare-fun z2_142 () Bool)
(declare-fun z1_142 () Bool)
(declare-fun z3_142 () Bool)
(declare-fun z4_142 () Bool)
(declare-fun z5_142 () Bool)
(declare-fun q_142 () Int)
(declare-fun z2_143 () Bool)
(declare-fun z1_143 () Bool)
(declare-fun z3_143 () Bool)
(declare-fun z4_143 () Bool)
(declare-fun z5_143 () Bool)
(declare-fun q_143 () Int)
(declare-fun z2_144 () Bool)
(declare-fun z1_144 () Bool)
(declare-fun z3_144 () Bool)
(declare-fun z4_144 () Bool)
(declare-fun z5_144 () Bool)
(declare-fun q_144 () Int)
(declare-fun z2_145 () Bool)
(declare-fun z1_145 () Bool)
(declare-fun z3_145 () Bool)
(declare-fun z4_145 () Bool)
(declare-fun z5_145 () Bool)
(declare-fun q_145 () Int)
(declare-fun z2_146 () Bool)
(declare-fun z1_146 () Bool)
(declare-fun z3_146 () Bool)
(declare-fun z4_146 () Bool)
(declare-fun z5_146 () Bool)
(declare-fun q_146 () Int)
(declare-fun z2_147 () Bool)
(declare-fun z1_147 () Bool)
(declare-fun z3_147 () Bool)
(declare-fun z4_147 () Bool)
(declare-fun z5_147 () Bool)
(declare-fun q_147 () Int)
(declare-fun z2_148 () Bool)
(declare-fun z1_148 () Bool)
(declare-fun z3_148 () Bool)
(declare-fun z4_148 () Bool)
(declare-fun z5_148 () Bool)
(declare-fun q_148 () Int)
(declare-fun z2_149 () Bool)
(declare-fun z1_149 () Bool)
(declare-fun z3_149 () Bool)
(declare-fun z4_149 () Bool)
(declare-fun z5_149 () Bool)
(declare-fun q_149 () Int)
(declare-fun z2_150 () Bool)
(declare-fun z1_150 () Bool)
(declare-fun z3_150 () Bool)
(declare-fun z4_150 () Bool)
(declare-fun z5_150 () Bool)
(declare-fun q_150 () Int)
(declare-fun z2_151 () Bool)
(declare-fun z1_151 () Bool)
(declare-fun z3_151 () Bool)
(declare-fun z4_151 () Bool)
(declare-fun z5_151 () Bool)
(declare-fun q_151 () Int)
(declare-fun z2_152 () Bool)
(declare-fun z1_152 () Bool)
(declare-fun z3_152 () Bool)
(declare-fun z4_152 () Bool)
(declare-fun z5_152 () Bool)
(declare-fun q_152 () Int)
(declare-fun z2_153 () Bool)
(declare-fun z1_153 () Bool)
(declare-fun z3_153 () Bool)
(declare-fun z4_153 () Bool)
(declare-fun z5_153 () Bool)
(declare-fun q_153 () Int)
(declare-fun z2_154 () Bool)
(declare-fun z1_154 () Bool)
(declare-fun z3_154 () Bool)
(declare-fun z4_154 () Bool)
(declare-fun z5_154 () Bool)
(declare-fun q_154 () Int)
(declare-fun z2_155 () Bool)
(declare-fun z1_155 () Bool)
(declare-fun z3_155 () Bool)
(declare-fun z4_155 () Bool)
(declare-fun z5_155 () Bool)
(declare-fun q_155 () Int)
(declare-fun z2_156 () Bool)
(declare-fun z1_156 () Bool)
(declare-fun z3_156 () Bool)
(declare-fun z4_156 () Bool)
(declare-fun z5_156 () Bool)
(declare-fun q_156 () Int)
(declare-fun z2_157 () Bool)
(declare-fun z1_157 () Bool)
(declare-fun z3_157 () Bool)
(declare-fun z4_157 () Bool)
(declare-fun z5_157 () Bool)
(declare-fun q_157 () Int)
(declare-fun z2_158 () Bool)
(declare-fun z1_158 () Bool)
(declare-fun z3_158 () Bool)
(declare-fun z4_158 () Bool)
(declare-fun z5_158 () Bool)
(declare-fun q_158 () Int)
(declare-fun z2_159 () Bool)
(declare-fun z1_159 () Bool)
(declare-fun z3_159 () Bool)
(declare-fun z4_159 () Bool)
(declare-fun z5_159 () Bool)
(declare-fun q_159 () Int)
(declare-fun z2_160 () Bool)
(declare-fun z1_160 () Bool)
(declare-fun z3_160 () Bool)
(declare-fun z4_160 () Bool)
(declare-fun z5_160 () Bool)
(declare-fun q_160 () Int)
(declare-fun z2_161 () Bool)
(declare-fun z1_161 () Bool)
(declare-fun z3_161 () Bool)
(declare-fun z4_161 () Bool)
(declare-fun z5_161 () Bool)
(declare-fun q_161 () Int)
(declare-fun z2_162 () Bool)
(declare-fun z1_162 () Bool)
(declare-fun z3_162 () Bool)
(declare-fun z4_162 () Bool)
(declare-fun z5_162 () Bool)
(declare-fun q_162 () Int)
(declare-fun z2_163 () Bool)
(declare-fun z1_163 () Bool)
(declare-fun z3_163 () Bool)
(declare-fun z4_163 () Bool)
(declare-fun z5_163 () Bool)
(declare-fun q_163 () Int)
(declare-fun z2_164 () Bool)
(declare-fun z1_164 () Bool)
(declare-fun z3_164 () Bool)
(declare-fun z4_164 () Bool)
(declare-fun z5_164 () Bool)
(declare-fun q_164 () Int)
(declare-fun z2_165 () Bool)
(declare-fun z1_165 () Bool)
(declare-fun z3_165 () Bool)
(declare-fun z4_165 () Bool)
(declare-fun z5_165 () Bool)
(declare-fun q_165 () Int)
(declare-fun z2_166 () Bool)
(declare-fun z1_166 () Bool)
(declare-fun z3_166 () Bool)
(declare-fun z4_166 () Bool)
(declare-fun z5_166 () Bool)
(declare-fun q_166 () Int)
(declare-fun z2_167 () Bool)
(declare-fun z1_167 () Bool)
(declare-fun z3_167 () Bool)
(declare-fun z4_167 () Bool)
(declare-fun z5_167 () Bool)
(declare-fun q_167 () Int)
(declare-fun z2_168 () Bool)
(declare-fun z1_168 () Bool)
(declare-fun z3_168 () Bool)
(declare-fun z4_168 () Bool)
(declare-fun z5_168 () Bool)
(declare-fun q_168 () Int)
(declare-fun z2_169 () Bool)
(declare-fun z1_169 () Bool)
(declare-fun z3_169 () Bool)
(declare-fun z4_169 () Bool)
(declare-fun z5_169 () Bool)
(declare-fun q_169 () Int)
(declare-fun z2_170 () Bool)
(declare-fun z1_170 () Bool)
(declare-fun z3_170 () Bool)
(declare-fun z4_170 () Bool)
(declare-fun z5_170 () Bool)
(declare-fun q_170 () Int)
(declare-fun z2_171 () Bool)
(declare-fun z1_171 () Bool)
(declare-fun z3_171 () Bool)
(declare-fun z4_171 () Bool)
(declare-fun z5_171 () Bool)
(declare-fun q_171 () Int)
(declare-fun z2_172 () Bool)
(declare-fun z1_172 () Bool)
(declare-fun z3_172 () Bool)
(declare-fun z4_172 () Bool)
(declare-fun z5_172 () Bool)
(declare-fun q_172 () Int)
(declare-fun z2_173 () Bool)
(declare-fun z1_173 () Bool)
(declare-fun z3_173 () Bool)
(declare-fun z4_173 () Bool)
(declare-fun z5_173 () Bool)
(declare-fun q_173 () Int)
(declare-fun z2_174 () Bool)
(declare-fun z1_174 () Bool)
(declare-fun z3_174 () Bool)
(declare-fun z4_174 () Bool)
(declare-fun z5_174 () Bool)
(declare-fun q_174 () Int)
(declare-fun z2_175 () Bool)
(declare-fun z1_175 () Bool)
(declare-fun z3_175 () Bool)
(declare-fun z4_175 () Bool)
(declare-fun z5_175 () Bool)
(declare-fun q_175 () Int)
(declare-fun z2_176 () Bool)
(declare-fun z1_176 () Bool)
(declare-fun z3_176 () Bool)
(declare-fun z4_176 () Bool)
(declare-fun z5_176 () Bool)
(declare-fun q_176 () Int)
(declare-fun z2_177 () Bool)
(declare-fun z1_177 () Bool)
(declare-fun z3_177 () Bool)
(declare-fun z4_177 () Bool)
(declare-fun z5_177 () Bool)
(declare-fun q_177 () Int)
(declare-fun z2_178 () Bool)
(declare-fun z1_178 () Bool)
(declare-fun z3_178 () Bool)
(declare-fun z4_178 () Bool)
(declare-fun z5_178 () Bool)
(declare-fun q_178 () Int)
(declare-fun z2_179 () Bool)
(declare-fun z1_179 () Bool)
(declare-fun z3_179 () Bool)
(declare-fun z4_179 () Bool)
(declare-fun z5_179 () Bool)
(declare-fun q_179 () Int)
(declare-fun z2_180 () Bool)
(declare-fun z1_180 () Bool)
(declare-fun z3_180 () Bool)
(declare-fun z4_180 () Bool)
(declare-fun z5_180 () Bool)
(declare-fun q_180 () Int)
(declare-fun z2_181 () Bool)
(declare-fun z1_181 () Bool)
(declare-fun z3_181 () Bool)
(declare-fun z4_181 () Bool)
(declare-fun z5_181 () Bool)
(declare-fun q_181 () Int)
(declare-fun z2_182 () Bool)
(declare-fun z1_182 () Bool)
(declare-fun z3_182 () Bool)
(declare-fun z4_182 () Bool)
(declare-fun z5_182 () Bool)
(declare-fun q_182 () Int)
(declare-fun z2_183 () Bool)
(declare-fun z1_183 () Bool)
(declare-fun z3_183 () Bool)
(declare-fun z4_183 () Bool)
(declare-fun z5_183 () Bool)
(declare-fun q_183 () Int)
(declare-fun z2_184 () Bool)
(declare-fun z1_184 () Bool)
(declare-fun z3_184 () Bool)
(declare-fun z4_184 () Bool)
(declare-fun z5_184 () Bool)
(declare-fun q_184 () Int)
(declare-fun z2_185 () Bool)
(declare-fun z1_185 () Bool)
(declare-fun z3_185 () Bool)
(declare-fun z4_185 () Bool)
(declare-fun z5_185 () Bool)
(declare-fun q_185 () Int)
(declare-fun z2_186 () Bool)
(declare-fun z1_186 () Bool)
(declare-fun z3_186 () Bool)
(declare-fun z4_186 () Bool)
(declare-fun z5_186 () Bool)
(declare-fun q_186 () Int)
(declare-fun z2_187 () Bool)
(declare-fun z1_187 () Bool)
(declare-fun z3_187 () Bool)
(declare-fun z4_187 () Bool)
(declare-fun z5_187 () Bool)
(declare-fun q_187 () Int)
(declare-fun z2_188 () Bool)
(declare-fun z1_188 () Bool)
(declare-fun z3_188 () Bool)
(declare-fun z4_188 () Bool)
(declare-fun z5_188 () Bool)
(declare-fun q_188 () Int)
(declare-fun z2_189 () Bool)
(declare-fun z1_189 () Bool)
(declare-fun z3_189 () Bool)
(declare-fun z4_189 () Bool)
(declare-fun z5_189 () Bool)
(declare-fun q_189 () Int)
(declare-fun z2_190 () Bool)
(declare-fun z1_190 () Bool)
(declare-fun z3_190 () Bool)
(declare-fun z4_190 () Bool)
(declare-fun z5_190 () Bool)
(declare-fun q_190 () Int)
(declare-fun z2_191 () Bool)
(declare-fun z1_191 () Bool)
(declare-fun z3_191 () Bool)
(declare-fun z4_191 () Bool)
(declare-fun z5_191 () Bool)
(declare-fun q_191 () Int)
(declare-fun z2_192 () Bool)
(declare-fun z1_192 () Bool)
(declare-fun z3_192 () Bool)
(declare-fun z4_192 () Bool)
(declare-fun z5_192 () Bool)
(declare-fun q_192 () Int)
(declare-fun z2_193 () Bool)
(declare-fun z1_193 () Bool)
(declare-fun z3_193 () Bool)
(declare-fun z4_193 () Bool)
(declare-fun z5_193 () Bool)
(declare-fun q_193 () Int)
(declare-fun z2_194 () Bool)
(declare-fun z1_194 () Bool)
(declare-fun z3_194 () Bool)
(declare-fun z4_194 () Bool)
(declare-fun z5_194 () Bool)
(declare-fun q_194 () Int)
(declare-fun z2_195 () Bool)
(declare-fun z1_195 () Bool)
(declare-fun z3_195 () Bool)
(declare-fun z4_195 () Bool)
(declare-fun z5_195 () Bool)
(declare-fun q_195 () Int)
(declare-fun z2_196 () Bool)
(declare-fun z1_196 () Bool)
(declare-fun z3_196 () Bool)
(declare-fun z4_196 () Bool)
(declare-fun z5_196 () Bool)
(declare-fun q_196 () Int)
(declare-fun z2_197 () Bool)
(declare-fun z1_197 () Bool)
(declare-fun z3_197 () Bool)
(declare-fun z4_197 () Bool)
(declare-fun z5_197 () Bool)
(declare-fun q_197 () Int)
(declare-fun z2_198 () Bool)
(declare-fun z1_198 () Bool)
(declare-fun z3_198 () Bool)
(declare-fun z4_198 () Bool)
(declare-fun z5_198 () Bool)
(declare-fun q_198 () Int)
(declare-fun z2_199 () Bool)
(declare-fun z1_199 () Bool)
(declare-fun z3_199 () Bool)
(declare-fun z4_199 () Bool)
(declare-fun z5_199 () Bool)
(declare-fun q_199 () Int)
(declare-fun z2_200 () Bool)
(declare-fun z1_200 () Bool)
(declare-fun z3_200 () Bool)
(declare-fun z4_200 () Bool)
(declare-fun z5_200 () Bool)
(declare-fun q_200 () Int)
(declare-fun z2_201 () Bool)
(declare-fun z1_201 () Bool)
(declare-fun z3_201 () Bool)
(declare-fun z4_201 () Bool)
(declare-fun z5_201 () Bool)
(declare-fun q_201 () Int)
(declare-fun z2_202 () Bool)
(declare-fun z1_202 () Bool)
(declare-fun z3_202 () Bool)
(declare-fun z4_202 () Bool)
(declare-fun z5_202 () Bool)
(declare-fun q_202 () Int)
(declare-fun z2_203 () Bool)
(declare-fun z1_203 () Bool)
(declare-fun z3_203 () Bool)
(declare-fun z4_203 () Bool)
(declare-fun z5_203 () Bool)
(declare-fun q_203 () Int)
(declare-fun z2_204 () Bool)
(declare-fun z1_204 () Bool)
(declare-fun z3_204 () Bool)
(declare-fun z4_204 () Bool)
(declare-fun z5_204 () Bool)
(declare-fun q_204 () Int)
(declare-fun z2_205 () Bool)
(declare-fun z1_205 () Bool)
(declare-fun z3_205 () Bool)
(declare-fun z4_205 () Bool)
(declare-fun z5_205 () Bool)
(declare-fun q_205 () Int)
(declare-fun z2_206 () Bool)
(declare-fun z1_206 () Bool)
(declare-fun z3_206 () Bool)
(declare-fun z4_206 () Bool)
(declare-fun z5_206 () Bool)
(declare-fun q_206 () Int)
(declare-fun z2_207 () Bool)
(declare-fun z1_207 () Bool)
(declare-fun z3_207 () Bool)
(declare-fun z4_207 () Bool)
(declare-fun z5_207 () Bool)
(declare-fun q_207 () Int)
(declare-fun z2_208 () Bool)
(declare-fun z1_208 () Bool)
(declare-fun z3_208 () Bool)
(declare-fun z4_208 () Bool)
(declare-fun z5_208 () Bool)
(declare-fun q_208 () Int)
(declare-fun z2_209 () Bool)
(declare-fun z1_209 () Bool)
(declare-fun z3_209 () Bool)
(declare-fun z4_209 () Bool)
(declare-fun z5_209 () Bool)
(declare-fun q_209 () Int)
(declare-fun z2_210 () Bool)
(declare-fun z1_210 () Bool)
(declare-fun z3_210 () Bool)
(declare-fun z4_210 () Bool)
(declare-fun z5_210 () Bool)
(declare-fun q_210 () Int)
(declare-fun z2_211 () Bool)
(declare-fun z1_211 () Bool)
(declare-fun z3_211 () Bool)
(declare-fun z4_211 () Bool)
(declare-fun z5_211 () Bool)
(declare-fun q_211 () Int)
(declare-fun z2_212 () Bool)
(declare-fun z1_212 () Bool)
(declare-fun z3_212 () Bool)
(declare-fun z4_212 () Bool)
(declare-fun z5_212 () Bool)
(declare-fun q_212 () Int)
(declare-fun z2_213 () Bool)
(declare-fun z1_213 () Bool)
(declare-fun z3_213 () Bool)
(declare-fun z4_213 () Bool)
(declare-fun z5_213 () Bool)
(declare-fun q_213 () Int)
(declare-fun z2_214 () Bool)
(declare-fun z1_214 () Bool)
(declare-fun z3_214 () Bool)
(declare-fun z4_214 () Bool)
(declare-fun z5_214 () Bool)
(declare-fun q_214 () Int)
(declare-fun z2_215 () Bool)
(declare-fun z1_215 () Bool)
(declare-fun z3_215 () Bool)
(declare-fun z4_215 () Bool)
(declare-fun z5_215 () Bool)
(declare-fun q_215 () Int)
(declare-fun z2_216 () Bool)
(declare-fun z1_216 () Bool)
(declare-fun z3_216 () Bool)
(declare-fun z4_216 () Bool)
(declare-fun z5_216 () Bool)
(declare-fun q_216 () Int)
(declare-fun z2_217 () Bool)
(declare-fun z1_217 () Bool)
(declare-fun z3_217 () Bool)
(declare-fun z4_217 () Bool)
(declare-fun z5_217 () Bool)
(declare-fun q_217 () Int)
(declare-fun z2_218 () Bool)
(declare-fun z1_218 () Bool)
(declare-fun z3_218 () Bool)
(declare-fun z4_218 () Bool)
(declare-fun z5_218 () Bool)
(declare-fun q_218 () Int)
(declare-fun z2_219 () Bool)
(declare-fun z1_219 () Bool)
(declare-fun z3_219 () Bool)
(declare-fun z4_219 () Bool)
(declare-fun z5_219 () Bool)
(declare-fun q_219 () Int)
(declare-fun z2_220 () Bool)
(declare-fun z1_220 () Bool)
(declare-fun z3_220 () Bool)
(declare-fun z4_220 () Bool)
(declare-fun z5_220 () Bool)
(declare-fun q_220 () Int)
(declare-fun z2_221 () Bool)
(declare-fun z1_221 () Bool)
(declare-fun z3_221 () Bool)
(declare-fun z4_221 () Bool)
(declare-fun z5_221 () Bool)
(declare-fun q_221 () Int)
(declare-fun z2_222 () Bool)
(declare-fun z1_222 () Bool)
(declare-fun z3_222 () Bool)
(declare-fun z4_222 () Bool)
(declare-fun z5_222 () Bool)
(declare-fun q_222 () Int)
(declare-fun z2_223 () Bool)
(declare-fun z1_223 () Bool)
(declare-fun z3_223 () Bool)
(declare-fun z4_223 () Bool)
(declare-fun z5_223 () Bool)
(declare-fun q_223 () Int)
(declare-fun z2_224 () Bool)
(declare-fun z1_224 () Bool)
(declare-fun z3_224 () Bool)
(declare-fun z4_224 () Bool)
(declare-fun z5_224 () Bool)
(declare-fun q_224 () Int)
(declare-fun z2_225 () Bool)
(declare-fun z1_225 () Bool)
(declare-fun z3_225 () Bool)
(declare-fun z4_225 () Bool)
(declare-fun z5_225 () Bool)
(declare-fun q_225 () Int)
(declare-fun z2_226 () Bool)
(declare-fun z1_226 () Bool)
(declare-fun z3_226 () Bool)
(declare-fun z4_226 () Bool)
(declare-fun z5_226 () Bool)
(declare-fun q_226 () Int)
(declare-fun z2_227 () Bool)
(declare-fun z1_227 () Bool)
(declare-fun z3_227 () Bool)
(declare-fun z4_227 () Bool)
(declare-fun z5_227 () Bool)
(declare-fun q_227 () Int)
(declare-fun z2_228 () Bool)
(declare-fun z1_228 () Bool)
(declare-fun z3_228 () Bool)
(declare-fun z4_228 () Bool)
(declare-fun z5_228 () Bool)
(declare-fun q_228 () Int)
(declare-fun z2_229 () Bool)
(declare-fun z1_229 () Bool)
(declare-fun z3_229 () Bool)
(declare-fun z4_229 () Bool)
(declare-fun z5_229 () Bool)
(declare-fun q_229 () Int)
(declare-fun z2_230 () Bool)
(declare-fun z1_230 () Bool)
(declare-fun z3_230 () Bool)
(declare-fun z4_230 () Bool)
(declare-fun z5_230 () Bool)
(declare-fun q_230 () Int)
(declare-fun z2_231 () Bool)
(declare-fun z1_231 () Bool)
(declare-fun z3_231 () Bool)
(declare-fun z4_231 () Bool)
(declare-fun z5_231 () Bool)
(declare-fun q_231 () Int)
(declare-fun z2_232 () Bool)
(declare-fun z1_232 () Bool)
(declare-fun z3_232 () Bool)
(declare-fun z4_232 () Bool)
(declare-fun z5_232 () Bool)
(declare-fun q_232 () Int)
(declare-fun z2_233 () Bool)
(declare-fun z1_233 () Bool)
(declare-fun z3_233 () Bool)
(declare-fun z4_233 () Bool)
(declare-fun z5_233 () Bool)
(declare-fun q_233 () Int)
(declare-fun z2_234 () Bool)
(declare-fun z1_234 () Bool)
(declare-fun z3_234 () Bool)
(declare-fun z4_234 () Bool)
(declare-fun z5_234 () Bool)
(declare-fun q_234 () Int)
(declare-fun z2_235 () Bool)
(declare-fun z1_235 () Bool)
(declare-fun z3_235 () Bool)
(declare-fun z4_235 () Bool)
(declare-fun z5_235 () Bool)
(declare-fun q_235 () Int)
(declare-fun z2_236 () Bool)
(declare-fun z1_236 () Bool)
(declare-fun z3_236 () Bool)
(declare-fun z4_236 () Bool)
(declare-fun z5_236 () Bool)
(declare-fun q_236 () Int)
(declare-fun z2_237 () Bool)
(declare-fun z1_237 () Bool)
(declare-fun z3_237 () Bool)
(declare-fun z4_237 () Bool)
(declare-fun z5_237 () Bool)
(declare-fun q_237 () Int)
(declare-fun z2_238 () Bool)
(declare-fun z1_238 () Bool)
(declare-fun z3_238 () Bool)
(declare-fun z4_238 () Bool)
(declare-fun z5_238 () Bool)
(declare-fun q_238 () Int)
(declare-fun z2_239 () Bool)
(declare-fun z1_239 () Bool)
(declare-fun z3_239 () Bool)
(declare-fun z4_239 () Bool)
(declare-fun z5_239 () Bool)
(declare-fun q_239 () Int)
(declare-fun z2_240 () Bool)
(declare-fun z1_240 () Bool)
(declare-fun z3_240 () Bool)
(declare-fun z4_240 () Bool)
(declare-fun z5_240 () Bool)
(declare-fun q_240 () Int)
(declare-fun z2_241 () Bool)
(declare-fun z1_241 () Bool)
(declare-fun z3_241 () Bool)
(declare-fun z4_241 () Bool)
(declare-fun z5_241 () Bool)
(declare-fun q_241 () Int)
(declare-fun z2_242 () Bool)
(declare-fun z1_242 () Bool)
(declare-fun z3_242 () Bool)
(declare-fun z4_242 () Bool)
(declare-fun z5_242 () Bool)
(declare-fun q_242 () Int)
(declare-fun z2_243 () Bool)
(declare-fun z1_243 () Bool)
(declare-fun z3_243 () Bool)
(declare-fun z4_243 () Bool)
(declare-fun z5_243 () Bool)
(declare-fun q_243 () Int)
(declare-fun z2_244 () Bool)
(declare-fun z1_244 () Bool)
(declare-fun z3_244 () Bool)
(declare-fun z4_244 () Bool)
(declare-fun z5_244 () Bool)
(declare-fun q_244 () Int)
(declare-fun z2_245 () Bool)
(declare-fun z1_245 () Bool)
(declare-fun z3_245 () Bool)
(declare-fun z4_245 () Bool)
(declare-fun z5_245 () Bool)
(declare-fun q_245 () Int)
(declare-fun z2_246 () Bool)
(declare-fun z1_246 () Bool)
(declare-fun z3_246 () Bool)
(declare-fun z4_246 () Bool)
(declare-fun z5_246 () Bool)
(declare-fun q_246 () Int)
(declare-fun z2_247 () Bool)
(declare-fun z1_247 () Bool)
(declare-fun z3_247 () Bool)
(declare-fun z4_247 () Bool)
(declare-fun z5_247 () Bool)
(declare-fun q_247 () Int)
(declare-fun z2_248 () Bool)
(declare-fun z1_248 () Bool)
(declare-fun z3_248 () Bool)
(declare-fun z4_248 () Bool)
(declare-fun z5_248 () Bool)
(declare-fun q_248 () Int)
(declare-fun z2_249 () Bool)
(declare-fun z1_249 () Bool)
(declare-fun z3_249 () Bool)
(declare-fun z4_249 () Bool)
(declare-fun z5_249 () Bool)
(declare-fun q_249 () Int)
(declare-fun z2_250 () Bool)
(declare-fun z1_250 () Bool)
(declare-fun z3_250 () Bool)
(declare-fun z4_250 () Bool)
(declare-fun z5_250 () Bool)
(declare-fun q_250 () Int)
(declare-fun z2_251 () Bool)
(declare-fun z1_251 () Bool)
(declare-fun z3_251 () Bool)
(declare-fun z4_251 () Bool)
(declare-fun z5_251 () Bool)
(declare-fun q_251 () Int)
(declare-fun z2_252 () Bool)
(declare-fun z1_252 () Bool)
(declare-fun z3_252 () Bool)
(declare-fun z4_252 () Bool)
(declare-fun z5_252 () Bool)
(declare-fun q_252 () Int)
(declare-fun z2_253 () Bool)
(declare-fun z1_253 () Bool)
(declare-fun z3_253 () Bool)
(declare-fun z4_253 () Bool)
(declare-fun z5_253 () Bool)
(declare-fun q_253 () Int)
(declare-fun z2_254 () Bool)
(declare-fun z1_254 () Bool)
(declare-fun z3_254 () Bool)
(declare-fun z4_254 () Bool)
(declare-fun z5_254 () Bool)
(declare-fun q_254 () Int)
(declare-fun z2_255 () Bool)
(declare-fun z1_255 () Bool)
(declare-fun z3_255 () Bool)
(declare-fun z4_255 () Bool)
(declare-fun z5_255 () Bool)
(declare-fun q_255 () Int)
(declare-fun z2_256 () Bool)
(declare-fun z1_256 () Bool)
(declare-fun z3_256 () Bool)
(declare-fun z4_256 () Bool)
(declare-fun z5_256 () Bool)
(declare-fun q_256 () Int)
(declare-fun z2_257 () Bool)
(declare-fun z1_257 () Bool)
(declare-fun z3_257 () Bool)
(declare-fun z4_257 () Bool)
(declare-fun z5_257 () Bool)
(declare-fun q_257 () Int)
(declare-fun z2_258 () Bool)
(declare-fun z1_258 () Bool)
(declare-fun z3_258 () Bool)
(declare-fun z4_258 () Bool)
(declare-fun z5_258 () Bool)
(declare-fun q_258 () Int)
(declare-fun z2_259 () Bool)
(declare-fun z1_259 () Bool)
(declare-fun z3_259 () Bool)
(declare-fun z4_259 () Bool)
(declare-fun z5_259 () Bool)
(declare-fun q_259 () Int)
(declare-fun z2_260 () Bool)
(declare-fun z1_260 () Bool)
(declare-fun z3_260 () Bool)
(declare-fun z4_260 () Bool)
(declare-fun z5_260 () Bool)
(declare-fun q_260 () Int)
(declare-fun z2_261 () Bool)
(declare-fun z1_261 () Bool)
(declare-fun z3_261 () Bool)
(declare-fun z4_261 () Bool)
(declare-fun z5_261 () Bool)
(declare-fun q_261 () Int)
(declare-fun z2_262 () Bool)
(declare-fun z1_262 () Bool)
(declare-fun z3_262 () Bool)
(declare-fun z4_262 () Bool)
(declare-fun z5_262 () Bool)
(declare-fun q_262 () Int)
(declare-fun z2_263 () Bool)
(declare-fun z1_263 () Bool)
(declare-fun z3_263 () Bool)
(declare-fun z4_263 () Bool)
(declare-fun z5_263 () Bool)
(declare-fun q_263 () Int)
(declare-fun z2_264 () Bool)
(declare-fun z1_264 () Bool)
(declare-fun z3_264 () Bool)
(declare-fun z4_264 () Bool)
(declare-fun z5_264 () Bool)
(declare-fun q_264 () Int)
(declare-fun z2_265 () Bool)
(declare-fun z1_265 () Bool)
(declare-fun z3_265 () Bool)
(declare-fun z4_265 () Bool)
(declare-fun z5_265 () Bool)
(declare-fun q_265 () Int)
(declare-fun z2_266 () Bool)
(declare-fun z1_266 () Bool)
(declare-fun z3_266 () Bool)
(declare-fun z4_266 () Bool)
(declare-fun z5_266 () Bool)
(declare-fun q_266 () Int)
(declare-fun z2_267 () Bool)
(declare-fun z1_267 () Bool)
(declare-fun z3_267 () Bool)
(declare-fun z4_267 () Bool)
(declare-fun z5_267 () Bool)
(declare-fun q_267 () Int)
(declare-fun z2_268 () Bool)
(declare-fun z1_268 () Bool)
(declare-fun z3_268 () Bool)
(declare-fun z4_268 () Bool)
(declare-fun z5_268 () Bool)
(declare-fun q_268 () Int)
(declare-fun z2_269 () Bool)
(declare-fun z1_269 () Bool)
(declare-fun z3_269 () Bool)
(declare-fun z4_269 () Bool)
(declare-fun z5_269 () Bool)
(declare-fun q_269 () Int)
(declare-fun z2_270 () Bool)
(declare-fun z1_270 () Bool)
(declare-fun z3_270 () Bool)
(declare-fun z4_270 () Bool)
(declare-fun z5_270 () Bool)
(declare-fun q_270 () Int)
(declare-fun z2_271 () Bool)
(declare-fun z1_271 () Bool)
(declare-fun z3_271 () Bool)
(declare-fun z4_271 () Bool)
(declare-fun z5_271 () Bool)
(declare-fun q_271 () Int)
(declare-fun z2_272 () Bool)
(declare-fun z1_272 () Bool)
(declare-fun z3_272 () Bool)
(declare-fun z4_272 () Bool)
(declare-fun z5_272 () Bool)
(declare-fun q_272 () Int)
(declare-fun z2_273 () Bool)
(declare-fun z1_273 () Bool)
(declare-fun z3_273 () Bool)
(declare-fun z4_273 () Bool)
(declare-fun z5_273 () Bool)
(declare-fun q_273 () Int)
(declare-fun z2_274 () Bool)
(declare-fun z1_274 () Bool)
(declare-fun z3_274 () Bool)
(declare-fun z4_274 () Bool)
(declare-fun z5_274 () Bool)
(declare-fun q_274 () Int)
(declare-fun z2_275 () Bool)
(declare-fun z1_275 () Bool)
(declare-fun z3_275 () Bool)
(declare-fun z4_275 () Bool)
(declare-fun z5_275 () Bool)
(declare-fun q_275 () Int)
(declare-fun z2_276 () Bool)
(declare-fun z1_276 () Bool)
(declare-fun z3_276 () Bool)
(declare-fun z4_276 () Bool)
(declare-fun z5_276 () Bool)
(declare-fun q_276 () Int)
(declare-fun z2_277 () Bool)
(declare-fun z1_277 () Bool)
(declare-fun z3_277 () Bool)
(declare-fun z4_277 () Bool)
(declare-fun z5_277 () Bool)
(declare-fun q_277 () Int)
(declare-fun z2_278 () Bool)
(declare-fun z1_278 () Bool)
(declare-fun z3_278 () Bool)
(declare-fun z4_278 () Bool)
(declare-fun z5_278 () Bool)
(declare-fun q_278 () Int)
(declare-fun z2_279 () Bool)
(declare-fun z1_279 () Bool)
(declare-fun z3_279 () Bool)
(declare-fun z4_279 () Bool)
(declare-fun z5_279 () Bool)
(declare-fun q_279 () Int)
(declare-fun z2_280 () Bool)
(declare-fun z1_280 () Bool)
(declare-fun z3_280 () Bool)
(declare-fun z4_280 () Bool)
(declare-fun z5_280 () Bool)
(declare-fun q_280 () Int)
(declare-fun z2_281 () Bool)
(declare-fun z1_281 () Bool)
(declare-fun z3_281 () Bool)
(declare-fun z4_281 () Bool)
(declare-fun z5_281 () Bool)
(declare-fun q_281 () Int)
(declare-fun z2_282 () Bool)
(declare-fun z1_282 () Bool)
(declare-fun z3_282 () Bool)
(declare-fun z4_282 () Bool)
(declare-fun z5_282 () Bool)
(declare-fun q_282 () Int)
(declare-fun z2_283 () Bool)
(declare-fun z1_283 () Bool)
(declare-fun z3_283 () Bool)
(declare-fun z4_283 () Bool)
(declare-fun z5_283 () Bool)
(declare-fun q_283 () Int)
(declare-fun z2_284 () Bool)
(declare-fun z1_284 () Bool)
(declare-fun z3_284 () Bool)
(declare-fun z4_284 () Bool)
(declare-fun z5_284 () Bool)
(declare-fun q_284 () Int)
(declare-fun z2_285 () Bool)
(declare-fun z1_285 () Bool)
(declare-fun z3_285 () Bool)
(declare-fun z4_285 () Bool)
(declare-fun z5_285 () Bool)
(declare-fun q_285 () Int)
(declare-fun z2_286 () Bool)
(declare-fun z1_286 () Bool)
(declare-fun z3_286 () Bool)
(declare-fun z4_286 () Bool)
(declare-fun z5_286 () Bool)
(declare-fun q_286 () Int)
(declare-fun z2_287 () Bool)
(declare-fun z1_287 () Bool)
(declare-fun z3_287 () Bool)
(declare-fun z4_287 () Bool)
(declare-fun z5_287 () Bool)
(declare-fun q_287 () Int)
(declare-fun z2_288 () Bool)
(declare-fun z1_288 () Bool)
(declare-fun z3_288 () Bool)
(declare-fun z4_288 () Bool)
(declare-fun z5_288 () Bool)
(declare-fun q_288 () Int)
(declare-fun z2_289 () Bool)
(declare-fun z1_289 () Bool)
(declare-fun z3_289 () Bool)
(declare-fun z4_289 () Bool)
(declare-fun z5_289 () Bool)
(declare-fun q_289 () Int)
(declare-fun z2_290 () Bool)
(declare-fun z1_290 () Bool)
(declare-fun z3_290 () Bool)
(declare-fun z4_290 () Bool)
(declare-fun z5_290 () Bool)
(declare-fun q_290 () Int)
(declare-fun z2_291 () Bool)
(declare-fun z1_291 () Bool)
(declare-fun z3_291 () Bool)
(declare-fun z4_291 () Bool)
(declare-fun z5_291 () Bool)
(declare-fun q_291 () Int)
(declare-fun z2_292 () Bool)
(declare-fun z1_292 () Bool)
(declare-fun z3_292 () Bool)
(declare-fun z4_292 () Bool)
(declare-fun z5_292 () Bool)
(declare-fun q_292 () Int)
(declare-fun z2_293 () Bool)
(declare-fun z1_293 () Bool)
(declare-fun z3_293 () Bool)
(declare-fun z4_293 () Bool)
(declare-fun z5_293 () Bool)
(declare-fun q_293 () Int)
(declare-fun z2_294 () Bool)
(declare-fun z1_294 () Bool)
(declare-fun z3_294 () Bool)
(declare-fun z4_294 () Bool)
(declare-fun z5_294 () Bool)
(declare-fun q_294 () Int)
(declare-fun z2_295 () Bool)
(declare-fun z1_295 () Bool)
(declare-fun z3_295 () Bool)
(declare-fun z4_295 () Bool)
(declare-fun z5_295 () Bool)
(declare-fun q_295 () Int)
(declare-fun z2_296 () Bool)
(declare-fun z1_296 () Bool)
(declare-fun z3_296 () Bool)
(declare-fun z4_296 () Bool)
(declare-fun z5_296 () Bool)
(declare-fun q_296 () Int)
(declare-fun z2_297 () Bool)
(declare-fun z1_297 () Bool)
(declare-fun z3_297 () Bool)
(declare-fun z4_297 () Bool)
(declare-fun z5_297 () Bool)
(declare-fun q_297 () Int)
(declare-fun z2_298 () Bool)
(declare-fun z1_298 () Bool)
(declare-fun z3_298 () Bool)
(declare-fun z4_298 () Bool)
(declare-fun z5_298 () Bool)
(declare-fun q_298 () Int)
(declare-fun z2_299 () Bool)
(declare-fun z1_299 () Bool)
(declare-fun z3_299 () Bool)
(declare-fun z4_299 () Bool)
(declare-fun z5_299 () Bool)
(declare-fun q_299 () Int)
(declare-fun z2_300 () Bool)
(declare-fun z1_300 () Bool)
(declare-fun z3_300 () Bool)
(declare-fun z4_300 () Bool)
(declare-fun z5_300 () Bool)
(declare-fun q_300 () Int)
(declare-fun z2_301 () Bool)
(declare-fun z1_301 () Bool)
(declare-fun z3_301 () Bool)
(declare-fun z4_301 () Bool)
(declare-fun z5_301 () Bool)
(declare-fun q_301 () Int)
(declare-fun z2_302 () Bool)
(declare-fun z1_302 () Bool)
(declare-fun z3_302 () Bool)
(declare-fun z4_302 () Bool)
(declare-fun z5_302 () Bool)
(declare-fun q_302 () Int)
(declare-fun z2_303 () Bool)
(declare-fun z1_303 () Bool)
(declare-fun z3_303 () Bool)
(declare-fun z4_303 () Bool)
(declare-fun z5_303 () Bool)
(declare-fun q_303 () Int)
(declare-fun z2_304 () Bool)
(declare-fun z1_304 () Bool)
(declare-fun z3_304 () Bool)
(declare-fun z4_304 () Bool)
(declare-fun z5_304 () Bool)
(declare-fun q_304 () Int)
(declare-fun z2_305 () Bool)
(declare-fun z1_305 () Bool)
(declare-fun z3_305 () Bool)
(declare-fun z4_305 () Bool)
(declare-fun z5_305 () Bool)
(declare-fun q_305 () Int)
(declare-fun z2_306 () Bool)
(declare-fun z1_306 () Bool)
(declare-fun z3_306 () Bool)
(declare-fun z4_306 () Bool)
(declare-fun z5_306 () Bool)
(declare-fun q_306 () Int)
(declare-fun z2_307 () Bool)
(declare-fun z1_307 () Bool)
(declare-fun z3_307 () Bool)
(declare-fun z4_307 () Bool)
(declare-fun z5_307 () Bool)
(declare-fun q_307 () Int)
(declare-fun z2_308 () Bool)
(declare-fun z1_308 () Bool)
(declare-fun z3_308 () Bool)
(declare-fun z4_308 () Bool)
(declare-fun z5_308 () Bool)
(declare-fun q_308 () Int)
(declare-fun z2_309 () Bool)
(declare-fun z1_309 () Bool)
(declare-fun z3_309 () Bool)
(declare-fun z4_309 () Bool)
(declare-fun z5_309 () Bool)
(declare-fun q_309 () Int)
(declare-fun z2_310 () Bool)
(declare-fun z1_310 () Bool)
(declare-fun z3_310 () Bool)
(declare-fun z4_310 () Bool)
(declare-fun z5_310 () Bool)
(declare-fun q_310 () Int)
(declare-fun z2_311 () Bool)
(declare-fun z1_311 () Bool)
(declare-fun z3_311 () Bool)
(declare-fun z4_311 () Bool)
(declare-fun z5_311 () Bool)
(declare-fun q_311 () Int)
(declare-fun z2_312 () Bool)
(declare-fun z1_312 () Bool)
(declare-fun z3_312 () Bool)
(declare-fun z4_312 () Bool)
(declare-fun z5_312 () Bool)
(declare-fun q_312 () Int)
(declare-fun z2_313 () Bool)
(declare-fun z1_313 () Bool)
(declare-fun z3_313 () Bool)
(declare-fun z4_313 () Bool)
(declare-fun z5_313 () Bool)
(declare-fun q_313 () Int)
(declare-fun z2_314 () Bool)
(declare-fun z1_314 () Bool)
(declare-fun z3_314 () Bool)
(declare-fun z4_314 () Bool)
(declare-fun z5_314 () Bool)
(declare-fun q_314 () Int)
(declare-fun z2_315 () Bool)
(declare-fun z1_315 () Bool)
(declare-fun z3_315 () Bool)
(declare-fun z4_315 () Bool)
(declare-fun z5_315 () Bool)
(declare-fun q_315 () Int)
(declare-fun z2_316 () Bool)
(declare-fun z1_316 () Bool)
(declare-fun z3_316 () Bool)
(declare-fun z4_316 () Bool)
(declare-fun z5_316 () Bool)
(declare-fun q_316 () Int)
(declare-fun z2_317 () Bool)
(declare-fun z1_317 () Bool)
(declare-fun z3_317 () Bool)
(declare-fun z4_317 () Bool)
(declare-fun z5_317 () Bool)
(declare-fun q_317 () Int)
(declare-fun z2_318 () Bool)
(declare-fun z1_318 () Bool)
(declare-fun z3_318 () Bool)
(declare-fun z4_318 () Bool)
(declare-fun z5_318 () Bool)
(declare-fun q_318 () Int)
(declare-fun z2_319 () Bool)
(declare-fun z1_319 () Bool)
(declare-fun z3_319 () Bool)
(declare-fun z4_319 () Bool)
(declare-fun z5_319 () Bool)
(declare-fun q_319 () Int)
(assert
 (let ((?x8 (ite z1_0 (- 1) 0)))
 (= q_0 ?x8)))
(assert
 (let ((?x15 (ite z1_1 1 0)))
 (= q_1 ?x15)))
(assert
 (= (+ (ite z1_2 1 0) (* (- 1) q_2)) 1))
(assert
 (= (+ (ite z1_3 (- 1) 0) (* (- 1) q_3)) (- 1)))
(assert
 (not (and z1_4 z2_4)))
(assert
 (= (+ (ite z1_4 (- 1) 0) (ite z2_4 (- 1) 0) (* (- 1) q_4)) 0))
(assert
 (not (and z1_5 z2_5)))
(assert
 (= (+ (ite z1_5 1 0) (ite z2_5 (- 1) 0) (* (- 1) q_5)) 0))
(assert
 (not (and z1_6 z2_6)))
(assert
 (= (+ (ite z1_6 (- 1) 0) (ite z2_6 1 0) (* (- 1) q_6)) 0))
(assert
 (not (and z1_7 z2_7)))
(assert
 (= (+ (ite z1_7 1 0) (ite z2_7 1 0) (* (- 1) q_7)) 0))
(assert
 (not (and z1_8 z2_8)))
(assert
 (= (+ (ite z1_8 1 0) (* (- 1) q_8)) 1))
(assert
 (not (and z1_9 z2_9)))
(assert
 (= (+ (ite z1_9 (- 1) 0) (ite z2_9 (- 2) 0) (* (- 1) q_9)) (- 1)))
(assert
 (not (and z1_10 z2_10)))
(assert
 (let ((?x109 (ite z2_10 2 0)))
 (let ((?x107 (ite z1_10 1 0)))
 (= (+ ?x107 ?x109 (* (- 1) q_10)) 1))))
(assert
 (not (and z1_11 z2_11)))
(assert
 (= (+ (ite z1_11 (- 1) 0) (* (- 1) q_11)) (- 1)))
(assert
 (not (and z1_12 z2_12)))
(assert
 (= (+ (ite z2_12 1 0) (* (- 1) q_12)) 1))
(assert
 (not (and z1_13 z2_13)))
(assert
 (let ((?x145 (ite z2_13 (- 1) 0)))
 (let ((?x144 (ite z1_13 (- 2) 0)))
 (= (+ ?x144 ?x145 (* (- 1) q_13)) (- 1)))))
(assert
 (not (and z1_14 z2_14)))
(assert
 (let ((?x157 (ite z2_14 1 0)))
 (let ((?x156 (ite z1_14 2 0)))
 (= (+ ?x156 ?x157 (* (- 1) q_14)) 1))))
(assert
 (not (and z1_15 z2_15)))
(assert
 (= (+ (ite z2_15 (- 1) 0) (* (- 1) q_15)) (- 1)))
(assert
 (not (and z1_16 z2_16)))
(assert
 (not (and z1_16 z3_16)))
(assert
 (not (and z2_16 z3_16)))
(assert
 (let ((?x187 (ite z3_16 (- 1) 0)))
 (let ((?x186 (ite z2_16 (- 1) 0)))
 (let ((?x185 (ite z1_16 (- 1) 0)))
 (= (+ ?x185 ?x186 ?x187 (* (- 1) q_16)) 0)))))
(assert
 (not (and z1_17 z2_17)))
(assert
 (not (and z1_17 z3_17)))
(assert
 (not (and z2_17 z3_17)))
(assert
 (let ((?x205 (ite z3_17 (- 1) 0)))
 (let ((?x204 (ite z2_17 (- 1) 0)))
 (let ((?x203 (ite z1_17 1 0)))
 (= (+ ?x203 ?x204 ?x205 (* (- 1) q_17)) 0)))))
(assert
 (not (and z1_18 z2_18)))
(assert
 (not (and z1_18 z3_18)))
(assert
 (not (and z2_18 z3_18)))
(assert
 (let ((?x223 (ite z3_18 (- 1) 0)))
 (let ((?x222 (ite z2_18 1 0)))
 (let ((?x221 (ite z1_18 (- 1) 0)))
 (= (+ ?x221 ?x222 ?x223 (* (- 1) q_18)) 0)))))
(assert
 (not (and z1_19 z2_19)))
(assert
 (not (and z1_19 z3_19)))
(assert
 (not (and z2_19 z3_19)))
(assert
 (let ((?x241 (ite z3_19 (- 1) 0)))
 (let ((?x240 (ite z2_19 1 0)))
 (let ((?x239 (ite z1_19 1 0)))
 (= (+ ?x239 ?x240 ?x241 (* (- 1) q_19)) 0)))))
(assert
 (not (and z1_20 z2_20)))
(assert
 (not (and z1_20 z3_20)))
(assert
 (not (and z2_20 z3_20)))
(assert
 (let ((?x259 (ite z3_20 1 0)))
 (let ((?x258 (ite z2_20 (- 1) 0)))
 (let ((?x257 (ite z1_20 (- 1) 0)))
 (= (+ ?x257 ?x258 ?x259 (* (- 1) q_20)) 0)))))
(assert
 (not (and z1_21 z2_21)))
(assert
 (not (and z1_21 z3_21)))
(assert
 (not (and z2_21 z3_21)))
(assert
 (let ((?x277 (ite z3_21 1 0)))
 (let ((?x276 (ite z2_21 (- 1) 0)))
 (let ((?x275 (ite z1_21 1 0)))
 (= (+ ?x275 ?x276 ?x277 (* (- 1) q_21)) 0)))))
(assert
 (not (and z1_22 z2_22)))
(assert
 (not (and z1_22 z3_22)))
(assert
 (not (and z2_22 z3_22)))
(assert
 (let ((?x295 (ite z3_22 1 0)))
 (let ((?x294 (ite z2_22 1 0)))
 (let ((?x293 (ite z1_22 (- 1) 0)))
 (= (+ ?x293 ?x294 ?x295 (* (- 1) q_22)) 0)))))
(assert
 (not (and z1_23 z2_23)))
(assert
 (not (and z1_23 z3_23)))
(assert
 (not (and z2_23 z3_23)))
(assert
 (let ((?x313 (ite z3_23 1 0)))
 (let ((?x312 (ite z2_23 1 0)))
 (let ((?x311 (ite z1_23 1 0)))
 (= (+ ?x311 ?x312 ?x313 (* (- 1) q_23)) 0)))))
(assert
 (not (and z1_24 z2_24)))
(assert
 (not (and z1_24 z3_24)))
(assert
 (not (and z2_24 z3_24)))
(assert
 (= (+ (ite z1_24 1 0) (* (- 1) q_24)) 1))
(assert
 (not (and z1_25 z2_25)))
(assert
 (not (and z1_25 z3_25)))
(assert
 (not (and z2_25 z3_25)))
(assert
 (let ((?x350 (ite z3_25 (- 2) 0)))
 (let ((?x349 (ite z2_25 (- 2) 0)))
 (let ((?x348 (ite z1_25 (- 1) 0)))
 (= (+ ?x348 ?x349 ?x350 (* (- 1) q_25)) (- 1))))))
(assert
 (not (and z1_26 z2_26)))
(assert
 (not (and z1_26 z3_26)))
(assert
 (not (and z2_26 z3_26)))
(assert
 (let ((?x368 (ite z2_26 2 0)))
 (let ((?x367 (ite z1_26 1 0)))
 (= (+ ?x367 ?x368 (* (- 1) q_26)) 1))))
(assert
 (not (and z1_27 z2_27)))
(assert
 (not (and z1_27 z3_27)))
(assert
 (not (and z2_27 z3_27)))
(assert
 (let ((?x388 (ite z3_27 (- 2) 0)))
 (let ((?x386 (ite z1_27 (- 1) 0)))
 (= (+ ?x386 ?x388 (* (- 1) q_27)) (- 1)))))
(assert
 (not (and z1_28 z2_28)))
(assert
 (not (and z1_28 z3_28)))
(assert
 (not (and z2_28 z3_28)))
(assert
 (let ((?x407 (ite z3_28 2 0)))
 (let ((?x405 (ite z1_28 1 0)))
 (= (+ ?x405 ?x407 (* (- 1) q_28)) 1))))
(assert
 (not (and z1_29 z2_29)))
(assert
 (not (and z1_29 z3_29)))
(assert
 (not (and z2_29 z3_29)))
(assert
 (let ((?x425 (ite z2_29 (- 2) 0)))
 (let ((?x424 (ite z1_29 (- 1) 0)))
 (= (+ ?x424 ?x425 (* (- 1) q_29)) (- 1)))))
(assert
 (not (and z1_30 z2_30)))
(assert
 (not (and z1_30 z3_30)))
(assert
 (not (and z2_30 z3_30)))
(assert
 (let ((?x445 (ite z3_30 2 0)))
 (let ((?x444 (ite z2_30 2 0)))
 (let ((?x443 (ite z1_30 1 0)))
 (= (+ ?x443 ?x444 ?x445 (* (- 1) q_30)) 1)))))
(assert
 (not (and z1_31 z2_31)))
(assert
 (not (and z1_31 z3_31)))
(assert
 (not (and z2_31 z3_31)))
(assert
 (= (+ (ite z1_31 (- 1) 0) (* (- 1) q_31)) (- 1)))
(assert
 (not (and z1_32 z2_32)))
(assert
 (not (and z1_32 z3_32)))
(assert
 (not (and z2_32 z3_32)))
(assert
 (= (+ (ite z2_32 1 0) (* (- 1) q_32)) 1))
(assert
 (not (and z1_33 z2_33)))
(assert
 (not (and z1_33 z3_33)))
(assert
 (not (and z2_33 z3_33)))
(assert
 (let ((?x502 (ite z3_33 (- 2) 0)))
 (let ((?x501 (ite z2_33 (- 1) 0)))
 (let ((?x500 (ite z1_33 (- 2) 0)))
 (= (+ ?x500 ?x501 ?x502 (* (- 1) q_33)) (- 1))))))
(assert
 (not (and z1_34 z2_34)))
(assert
 (not (and z1_34 z3_34)))
(assert
 (not (and z2_34 z3_34)))
(assert
 (let ((?x520 (ite z2_34 1 0)))
 (let ((?x519 (ite z1_34 2 0)))
 (= (+ ?x519 ?x520 (* (- 1) q_34)) 1))))
(assert
 (not (and z1_35 z2_35)))
(assert
 (not (and z1_35 z3_35)))
(assert
 (not (and z2_35 z3_35)))
(assert
 (let ((?x540 (ite z3_35 (- 2) 0)))
 (let ((?x539 (ite z2_35 (- 1) 0)))
 (= (+ ?x539 ?x540 (* (- 1) q_35)) (- 1)))))
(assert
 (not (and z1_36 z2_36)))
(assert
 (not (and z1_36 z3_36)))
(assert
 (not (and z2_36 z3_36)))
(assert
 (let ((?x559 (ite z3_36 2 0)))
 (let ((?x558 (ite z2_36 1 0)))
 (= (+ ?x558 ?x559 (* (- 1) q_36)) 1))))
(assert
 (not (and z1_37 z2_37)))
(assert
 (not (and z1_37 z3_37)))
(assert
 (not (and z2_37 z3_37)))
(assert
 (let ((?x577 (ite z2_37 (- 1) 0)))
 (let ((?x576 (ite z1_37 (- 2) 0)))
 (= (+ ?x576 ?x577 (* (- 1) q_37)) (- 1)))))
(assert
 (not (and z1_38 z2_38)))
(assert
 (not (and z1_38 z3_38)))
(assert
 (not (and z2_38 z3_38)))
(assert
 (let ((?x597 (ite z3_38 2 0)))
 (let ((?x596 (ite z2_38 1 0)))
 (let ((?x595 (ite z1_38 2 0)))
 (= (+ ?x595 ?x596 ?x597 (* (- 1) q_38)) 1)))))
(assert
 (not (and z1_39 z2_39)))
(assert
 (not (and z1_39 z3_39)))
(assert
 (not (and z2_39 z3_39)))
(assert
 (= (+ (ite z2_39 (- 1) 0) (* (- 1) q_39)) (- 1)))
(assert
 (not (and z1_40 z2_40)))
(assert
 (not (and z1_40 z3_40)))
(assert
 (not (and z2_40 z3_40)))
(assert
 (= (+ (ite z3_40 1 0) (* (- 1) q_40)) 1))
(assert
 (not (and z1_41 z2_41)))
(assert
 (not (and z1_41 z3_41)))
(assert
 (not (and z2_41 z3_41)))
(assert
 (let ((?x654 (ite z3_41 (- 1) 0)))
 (let ((?x653 (ite z2_41 (- 2) 0)))
 (let ((?x652 (ite z1_41 (- 2) 0)))
 (= (+ ?x652 ?x653 ?x654 (* (- 1) q_41)) (- 1))))))
(assert
 (not (and z1_42 z2_42)))
(assert
 (not (and z1_42 z3_42)))
(assert
 (not (and z2_42 z3_42)))
(assert
 (let ((?x673 (ite z3_42 1 0)))
 (let ((?x671 (ite z1_42 2 0)))
 (= (+ ?x671 ?x673 (* (- 1) q_42)) 1))))
(assert
 (not (and z1_43 z2_43)))
(assert
 (not (and z1_43 z3_43)))
(assert
 (not (and z2_43 z3_43)))
(assert
 (let ((?x692 (ite z3_43 (- 1) 0)))
 (let ((?x691 (ite z2_43 (- 2) 0)))
 (= (+ ?x691 ?x692 (* (- 1) q_43)) (- 1)))))
(assert
 (not (and z1_44 z2_44)))
(assert
 (not (and z1_44 z3_44)))
(assert
 (not (and z2_44 z3_44)))
(assert
 (let ((?x711 (ite z3_44 1 0)))
 (let ((?x710 (ite z2_44 2 0)))
 (= (+ ?x710 ?x711 (* (- 1) q_44)) 1))))
(assert
 (not (and z1_45 z2_45)))
(assert
 (not (and z1_45 z3_45)))
(assert
 (not (and z2_45 z3_45)))
(assert
 (let ((?x730 (ite z3_45 (- 1) 0)))
 (let ((?x728 (ite z1_45 (- 2) 0)))
 (= (+ ?x728 ?x730 (* (- 1) q_45)) (- 1)))))
(assert
 (not (and z1_46 z2_46)))
(assert
 (not (and z1_46 z3_46)))
(assert
 (not (and z2_46 z3_46)))
(assert
 (let ((?x749 (ite z3_46 1 0)))
 (let ((?x748 (ite z2_46 2 0)))
 (let ((?x747 (ite z1_46 2 0)))
 (= (+ ?x747 ?x748 ?x749 (* (- 1) q_46)) 1)))))
(assert
 (not (and z1_47 z2_47)))
(assert
 (not (and z1_47 z3_47)))
(assert
 (not (and z2_47 z3_47)))
(assert
 (= (+ (ite z3_47 (- 1) 0) (* (- 1) q_47)) (- 1)))
(assert
 (not (and z1_48 z2_48)))
(assert
 (not (and z1_48 z3_48)))
(assert
 (not (and z1_48 z4_48)))
(assert
 (not (and z2_48 z3_48)))
(assert
 (not (and z2_48 z4_48)))
(assert
 (not (and z3_48 z4_48)))
(assert
 (let ((?x795 (ite z4_48 (- 1) 0)))
 (let ((?x794 (ite z3_48 (- 1) 0)))
 (let ((?x793 (ite z2_48 (- 1) 0)))
 (let ((?x792 (ite z1_48 (- 1) 0)))
 (= (+ ?x792 ?x793 ?x794 ?x795 (* (- 1) q_48)) 0))))))
(assert
 (not (and z1_49 z2_49)))
(assert
 (not (and z1_49 z3_49)))
(assert
 (not (and z1_49 z4_49)))
(assert
 (not (and z2_49 z3_49)))
(assert
 (not (and z2_49 z4_49)))
(assert
 (not (and z3_49 z4_49)))
(assert
 (let ((?x822 (ite z4_49 (- 1) 0)))
 (let ((?x821 (ite z3_49 (- 1) 0)))
 (let ((?x820 (ite z2_49 (- 1) 0)))
 (let ((?x819 (ite z1_49 1 0)))
 (= (+ ?x819 ?x820 ?x821 ?x822 (* (- 1) q_49)) 0))))))
(assert
 (not (and z1_50 z2_50)))
(assert
 (not (and z1_50 z3_50)))
(assert
 (not (and z1_50 z4_50)))
(assert
 (not (and z2_50 z3_50)))
(assert
 (not (and z2_50 z4_50)))
(assert
 (not (and z3_50 z4_50)))
(assert
 (let ((?x849 (ite z4_50 (- 1) 0)))
 (let ((?x848 (ite z3_50 (- 1) 0)))
 (let ((?x847 (ite z2_50 1 0)))
 (let ((?x846 (ite z1_50 (- 1) 0)))
 (= (+ ?x846 ?x847 ?x848 ?x849 (* (- 1) q_50)) 0))))))
(assert
 (not (and z1_51 z2_51)))
(assert
 (not (and z1_51 z3_51)))
(assert
 (not (and z1_51 z4_51)))
(assert
 (not (and z2_51 z3_51)))
(assert
 (not (and z2_51 z4_51)))
(assert
 (not (and z3_51 z4_51)))
(assert
 (let ((?x876 (ite z4_51 (- 1) 0)))
 (let ((?x875 (ite z3_51 (- 1) 0)))
 (let ((?x874 (ite z2_51 1 0)))
 (let ((?x873 (ite z1_51 1 0)))
 (= (+ ?x873 ?x874 ?x875 ?x876 (* (- 1) q_51)) 0))))))
(assert
 (not (and z1_52 z2_52)))
(assert
 (not (and z1_52 z3_52)))
(assert
 (not (and z1_52 z4_52)))
(assert
 (not (and z2_52 z3_52)))
(assert
 (not (and z2_52 z4_52)))
(assert
 (not (and z3_52 z4_52)))
(assert
 (let ((?x903 (ite z4_52 (- 1) 0)))
 (let ((?x902 (ite z3_52 1 0)))
 (let ((?x901 (ite z2_52 (- 1) 0)))
 (let ((?x900 (ite z1_52 (- 1) 0)))
 (= (+ ?x900 ?x901 ?x902 ?x903 (* (- 1) q_52)) 0))))))
(assert
 (not (and z1_53 z2_53)))
(assert
 (not (and z1_53 z3_53)))
(assert
 (not (and z1_53 z4_53)))
(assert
 (not (and z2_53 z3_53)))
(assert
 (not (and z2_53 z4_53)))
(assert
 (not (and z3_53 z4_53)))
(assert
 (let ((?x930 (ite z4_53 (- 1) 0)))
 (let ((?x929 (ite z3_53 1 0)))
 (let ((?x928 (ite z2_53 (- 1) 0)))
 (let ((?x927 (ite z1_53 1 0)))
 (= (+ ?x927 ?x928 ?x929 ?x930 (* (- 1) q_53)) 0))))))
(assert
 (not (and z1_54 z2_54)))
(assert
 (not (and z1_54 z3_54)))
(assert
 (not (and z1_54 z4_54)))
(assert
 (not (and z2_54 z3_54)))
(assert
 (not (and z2_54 z4_54)))
(assert
 (not (and z3_54 z4_54)))
(assert
 (let ((?x957 (ite z4_54 (- 1) 0)))
 (let ((?x956 (ite z3_54 1 0)))
 (let ((?x955 (ite z2_54 1 0)))
 (let ((?x954 (ite z1_54 (- 1) 0)))
 (= (+ ?x954 ?x955 ?x956 ?x957 (* (- 1) q_54)) 0))))))
(assert
 (not (and z1_55 z2_55)))
(assert
 (not (and z1_55 z3_55)))
(assert
 (not (and z1_55 z4_55)))
(assert
 (not (and z2_55 z3_55)))
(assert
 (not (and z2_55 z4_55)))
(assert
 (not (and z3_55 z4_55)))
(assert
 (let ((?x984 (ite z4_55 (- 1) 0)))
 (let ((?x983 (ite z3_55 1 0)))
 (let ((?x982 (ite z2_55 1 0)))
 (let ((?x981 (ite z1_55 1 0)))
 (= (+ ?x981 ?x982 ?x983 ?x984 (* (- 1) q_55)) 0))))))
(assert
 (not (and z1_56 z2_56)))
(assert
 (not (and z1_56 z3_56)))
(assert
 (not (and z1_56 z4_56)))
(assert
 (not (and z2_56 z3_56)))
(assert
 (not (and z2_56 z4_56)))
(assert
 (not (and z3_56 z4_56)))
(assert
 (let ((?x1011 (ite z4_56 1 0)))
 (let ((?x1010 (ite z3_56 (- 1) 0)))
 (let ((?x1009 (ite z2_56 (- 1) 0)))
 (let ((?x1008 (ite z1_56 (- 1) 0)))
 (= (+ ?x1008 ?x1009 ?x1010 ?x1011 (* (- 1) q_56)) 0))))))
(assert
 (not (and z1_57 z2_57)))
(assert
 (not (and z1_57 z3_57)))
(assert
 (not (and z1_57 z4_57)))
(assert
 (not (and z2_57 z3_57)))
(assert
 (not (and z2_57 z4_57)))
(assert
 (not (and z3_57 z4_57)))
(assert
 (let ((?x1038 (ite z4_57 1 0)))
 (let ((?x1037 (ite z3_57 (- 1) 0)))
 (let ((?x1036 (ite z2_57 (- 1) 0)))
 (let ((?x1035 (ite z1_57 1 0)))
 (= (+ ?x1035 ?x1036 ?x1037 ?x1038 (* (- 1) q_57)) 0))))))
(assert
 (not (and z1_58 z2_58)))
(assert
 (not (and z1_58 z3_58)))
(assert
 (not (and z1_58 z4_58)))
(assert
 (not (and z2_58 z3_58)))
(assert
 (not (and z2_58 z4_58)))
(assert
 (not (and z3_58 z4_58)))
(assert
 (let ((?x1065 (ite z4_58 1 0)))
 (let ((?x1064 (ite z3_58 (- 1) 0)))
 (let ((?x1063 (ite z2_58 1 0)))
 (let ((?x1062 (ite z1_58 (- 1) 0)))
 (= (+ ?x1062 ?x1063 ?x1064 ?x1065 (* (- 1) q_58)) 0))))))
(assert
 (not (and z1_59 z2_59)))
(assert
 (not (and z1_59 z3_59)))
(assert
 (not (and z1_59 z4_59)))
(assert
 (not (and z2_59 z3_59)))
(assert
 (not (and z2_59 z4_59)))
(assert
 (not (and z3_59 z4_59)))
(assert
 (let ((?x1092 (ite z4_59 1 0)))
 (let ((?x1091 (ite z3_59 (- 1) 0)))
 (let ((?x1090 (ite z2_59 1 0)))
 (let ((?x1089 (ite z1_59 1 0)))
 (= (+ ?x1089 ?x1090 ?x1091 ?x1092 (* (- 1) q_59)) 0))))))
(assert
 (not (and z1_60 z2_60)))
(assert
 (not (and z1_60 z3_60)))
(assert
 (not (and z1_60 z4_60)))
(assert
 (not (and z2_60 z3_60)))
(assert
 (not (and z2_60 z4_60)))
(assert
 (not (and z3_60 z4_60)))
(assert
 (let ((?x1119 (ite z4_60 1 0)))
 (let ((?x1118 (ite z3_60 1 0)))
 (let ((?x1117 (ite z2_60 (- 1) 0)))
 (let ((?x1116 (ite z1_60 (- 1) 0)))
 (= (+ ?x1116 ?x1117 ?x1118 ?x1119 (* (- 1) q_60)) 0))))))
(assert
 (not (and z1_61 z2_61)))
(assert
 (not (and z1_61 z3_61)))
(assert
 (not (and z1_61 z4_61)))
(assert
 (not (and z2_61 z3_61)))
(assert
 (not (and z2_61 z4_61)))
(assert
 (not (and z3_61 z4_61)))
(assert
 (let ((?x1146 (ite z4_61 1 0)))
 (let ((?x1145 (ite z3_61 1 0)))
 (let ((?x1144 (ite z2_61 (- 1) 0)))
 (let ((?x1143 (ite z1_61 1 0)))
 (= (+ ?x1143 ?x1144 ?x1145 ?x1146 (* (- 1) q_61)) 0))))))
(assert
 (not (and z1_62 z2_62)))
(assert
 (not (and z1_62 z3_62)))
(assert
 (not (and z1_62 z4_62)))
(assert
 (not (and z2_62 z3_62)))
(assert
 (not (and z2_62 z4_62)))
(assert
 (not (and z3_62 z4_62)))
(assert
 (let ((?x1173 (ite z4_62 1 0)))
 (let ((?x1172 (ite z3_62 1 0)))
 (let ((?x1171 (ite z2_62 1 0)))
 (let ((?x1170 (ite z1_62 (- 1) 0)))
 (= (+ ?x1170 ?x1171 ?x1172 ?x1173 (* (- 1) q_62)) 0))))))
(assert
 (not (and z1_63 z2_63)))
(assert
 (not (and z1_63 z3_63)))
(assert
 (not (and z1_63 z4_63)))
(assert
 (not (and z2_63 z3_63)))
(assert
 (not (and z2_63 z4_63)))
(assert
 (not (and z3_63 z4_63)))
(assert
 (let ((?x1200 (ite z4_63 1 0)))
 (let ((?x1199 (ite z3_63 1 0)))
 (let ((?x1198 (ite z2_63 1 0)))
 (let ((?x1197 (ite z1_63 1 0)))
 (= (+ ?x1197 ?x1198 ?x1199 ?x1200 (* (- 1) q_63)) 0))))))
(assert
 (not (and z1_64 z2_64)))
(assert
 (not (and z1_64 z3_64)))
(assert
 (not (and z1_64 z4_64)))
(assert
 (not (and z2_64 z3_64)))
(assert
 (not (and z2_64 z4_64)))
(assert
 (not (and z3_64 z4_64)))
(assert
 (= (+ (ite z1_64 1 0) (* (- 1) q_64)) 1))
(assert
 (not (and z1_65 z2_65)))
(assert
 (not (and z1_65 z3_65)))
(assert
 (not (and z1_65 z4_65)))
(assert
 (not (and z2_65 z3_65)))
(assert
 (not (and z2_65 z4_65)))
(assert
 (not (and z3_65 z4_65)))
(assert
 (let ((?x1255 (ite z4_65 (- 2) 0)))
 (let ((?x1254 (ite z3_65 (- 2) 0)))
 (let ((?x1253 (ite z2_65 (- 2) 0)))
 (let ((?x1252 (ite z1_65 (- 1) 0)))
 (= (+ ?x1252 ?x1253 ?x1254 ?x1255 (* (- 1) q_65)) (- 1)))))))
(assert
 (not (and z1_66 z2_66)))
(assert
 (not (and z1_66 z3_66)))
(assert
 (not (and z1_66 z4_66)))
(assert
 (not (and z2_66 z3_66)))
(assert
 (not (and z2_66 z4_66)))
(assert
 (not (and z3_66 z4_66)))
(assert
 (let ((?x1281 (ite z2_66 2 0)))
 (let ((?x1280 (ite z1_66 1 0)))
 (= (+ ?x1280 ?x1281 (* (- 1) q_66)) 1))))
(assert
 (not (and z1_67 z2_67)))
(assert
 (not (and z1_67 z3_67)))
(assert
 (not (and z1_67 z4_67)))
(assert
 (not (and z2_67 z3_67)))
(assert
 (not (and z2_67 z4_67)))
(assert
 (not (and z3_67 z4_67)))
(assert
 (let ((?x1311 (ite z4_67 (- 2) 0)))
 (let ((?x1310 (ite z3_67 (- 2) 0)))
 (let ((?x1308 (ite z1_67 (- 1) 0)))
 (= (+ ?x1308 ?x1310 ?x1311 (* (- 1) q_67)) (- 1))))))
(assert
 (not (and z1_68 z2_68)))
(assert
 (not (and z1_68 z3_68)))
(assert
 (not (and z1_68 z4_68)))
(assert
 (not (and z2_68 z3_68)))
(assert
 (not (and z2_68 z4_68)))
(assert
 (not (and z3_68 z4_68)))
(assert
 (let ((?x1338 (ite z3_68 2 0)))
 (let ((?x1336 (ite z1_68 1 0)))
 (= (+ ?x1336 ?x1338 (* (- 1) q_68)) 1))))
(assert
 (not (and z1_69 z2_69)))
(assert
 (not (and z1_69 z3_69)))
(assert
 (not (and z1_69 z4_69)))
(assert
 (not (and z2_69 z3_69)))
(assert
 (not (and z2_69 z4_69)))
(assert
 (not (and z3_69 z4_69)))
(assert
 (let ((?x1367 (ite z4_69 (- 2) 0)))
 (let ((?x1365 (ite z2_69 (- 2) 0)))
 (let ((?x1364 (ite z1_69 (- 1) 0)))
 (= (+ ?x1364 ?x1365 ?x1367 (* (- 1) q_69)) (- 1))))))
(assert
 (not (and z1_70 z2_70)))
(assert
 (not (and z1_70 z3_70)))
(assert
 (not (and z1_70 z4_70)))
(assert
 (not (and z2_70 z3_70)))
(assert
 (not (and z2_70 z4_70)))
(assert
 (not (and z3_70 z4_70)))
(assert
 (let ((?x1394 (ite z3_70 2 0)))
 (let ((?x1393 (ite z2_70 2 0)))
 (let ((?x1392 (ite z1_70 1 0)))
 (= (+ ?x1392 ?x1393 ?x1394 (* (- 1) q_70)) 1)))))
(assert
 (not (and z1_71 z2_71)))
(assert
 (not (and z1_71 z3_71)))
(assert
 (not (and z1_71 z4_71)))
(assert
 (not (and z2_71 z3_71)))
(assert
 (not (and z2_71 z4_71)))
(assert
 (not (and z3_71 z4_71)))
(assert
 (let ((?x1423 (ite z4_71 (- 2) 0)))
 (let ((?x1420 (ite z1_71 (- 1) 0)))
 (= (+ ?x1420 ?x1423 (* (- 1) q_71)) (- 1)))))
(assert
 (not (and z1_72 z2_72)))
(assert
 (not (and z1_72 z3_72)))
(assert
 (not (and z1_72 z4_72)))
(assert
 (not (and z2_72 z3_72)))
(assert
 (not (and z2_72 z4_72)))
(assert
 (not (and z3_72 z4_72)))
(assert
 (let ((?x1451 (ite z4_72 2 0)))
 (let ((?x1448 (ite z1_72 1 0)))
 (= (+ ?x1448 ?x1451 (* (- 1) q_72)) 1))))
(assert
 (not (and z1_73 z2_73)))
(assert
 (not (and z1_73 z3_73)))
(assert
 (not (and z1_73 z4_73)))
(assert
 (not (and z2_73 z3_73)))
(assert
 (not (and z2_73 z4_73)))
(assert
 (not (and z3_73 z4_73)))
(assert
 (let ((?x1478 (ite z3_73 (- 2) 0)))
 (let ((?x1477 (ite z2_73 (- 2) 0)))
 (let ((?x1476 (ite z1_73 (- 1) 0)))
 (= (+ ?x1476 ?x1477 ?x1478 (* (- 1) q_73)) (- 1))))))
(assert
 (not (and z1_74 z2_74)))
(assert
 (not (and z1_74 z3_74)))
(assert
 (not (and z1_74 z4_74)))
(assert
 (not (and z2_74 z3_74)))
(assert
 (not (and z2_74 z4_74)))
(assert
 (not (and z3_74 z4_74)))
(assert
 (let ((?x1507 (ite z4_74 2 0)))
 (let ((?x1505 (ite z2_74 2 0)))
 (let ((?x1504 (ite z1_74 1 0)))
 (= (+ ?x1504 ?x1505 ?x1507 (* (- 1) q_74)) 1)))))
(assert
 (not (and z1_75 z2_75)))
(assert
 (not (and z1_75 z3_75)))
(assert
 (not (and z1_75 z4_75)))
(assert
 (not (and z2_75 z3_75)))
(assert
 (not (and z2_75 z4_75)))
(assert
 (not (and z3_75 z4_75)))
(assert
 (let ((?x1534 (ite z3_75 (- 2) 0)))
 (let ((?x1532 (ite z1_75 (- 1) 0)))
 (= (+ ?x1532 ?x1534 (* (- 1) q_75)) (- 1)))))
(assert
 (not (and z1_76 z2_76)))
(assert
 (not (and z1_76 z3_76)))
(assert
 (not (and z1_76 z4_76)))
(assert
 (not (and z2_76 z3_76)))
(assert
 (not (and z2_76 z4_76)))
(assert
 (not (and z3_76 z4_76)))
(assert
 (let ((?x1563 (ite z4_76 2 0)))
 (let ((?x1562 (ite z3_76 2 0)))
 (let ((?x1560 (ite z1_76 1 0)))
 (= (+ ?x1560 ?x1562 ?x1563 (* (- 1) q_76)) 1)))))
(assert
 (not (and z1_77 z2_77)))
(assert
 (not (and z1_77 z3_77)))
(assert
 (not (and z1_77 z4_77)))
(assert
 (not (and z2_77 z3_77)))
(assert
 (not (and z2_77 z4_77)))
(assert
 (not (and z3_77 z4_77)))
(assert
 (let ((?x1589 (ite z2_77 (- 2) 0)))
 (let ((?x1588 (ite z1_77 (- 1) 0)))
 (= (+ ?x1588 ?x1589 (* (- 1) q_77)) (- 1)))))
(assert
 (not (and z1_78 z2_78)))
(assert
 (not (and z1_78 z3_78)))
(assert
 (not (and z1_78 z4_78)))
(assert
 (not (and z2_78 z3_78)))
(assert
 (not (and z2_78 z4_78)))
(assert
 (not (and z3_78 z4_78)))
(assert
 (let ((?x1619 (ite z4_78 2 0)))
 (let ((?x1618 (ite z3_78 2 0)))
 (let ((?x1617 (ite z2_78 2 0)))
 (let ((?x1616 (ite z1_78 1 0)))
 (= (+ ?x1616 ?x1617 ?x1618 ?x1619 (* (- 1) q_78)) 1))))))
(assert
 (not (and z1_79 z2_79)))
(assert
 (not (and z1_79 z3_79)))
(assert
 (not (and z1_79 z4_79)))
(assert
 (not (and z2_79 z3_79)))
(assert
 (not (and z2_79 z4_79)))
(assert
 (not (and z3_79 z4_79)))
(assert
 (= (+ (ite z1_79 (- 1) 0) (* (- 1) q_79)) (- 1)))
(assert
 (not (and z1_80 z2_80)))
(assert
 (not (and z1_80 z3_80)))
(assert
 (not (and z1_80 z4_80)))
(assert
 (not (and z2_80 z3_80)))
(assert
 (not (and z2_80 z4_80)))
(assert
 (not (and z3_80 z4_80)))
(assert
 (= (+ (ite z2_80 1 0) (* (- 1) q_80)) 1))
(assert
 (not (and z1_81 z2_81)))
(assert
 (not (and z1_81 z3_81)))
(assert
 (not (and z1_81 z4_81)))
(assert
 (not (and z2_81 z3_81)))
(assert
 (not (and z2_81 z4_81)))
(assert
 (not (and z3_81 z4_81)))
(assert
 (let ((?x1703 (ite z4_81 (- 2) 0)))
 (let ((?x1702 (ite z3_81 (- 2) 0)))
 (let ((?x1701 (ite z2_81 (- 1) 0)))
 (let ((?x1700 (ite z1_81 (- 2) 0)))
 (= (+ ?x1700 ?x1701 ?x1702 ?x1703 (* (- 1) q_81)) (- 1)))))))
(assert
 (not (and z1_82 z2_82)))
(assert
 (not (and z1_82 z3_82)))
(assert
 (not (and z1_82 z4_82)))
(assert
 (not (and z2_82 z3_82)))
(assert
 (not (and z2_82 z4_82)))
(assert
 (not (and z3_82 z4_82)))
(assert
 (let ((?x1729 (ite z2_82 1 0)))
 (let ((?x1728 (ite z1_82 2 0)))
 (= (+ ?x1728 ?x1729 (* (- 1) q_82)) 1))))
(assert
 (not (and z1_83 z2_83)))
(assert
 (not (and z1_83 z3_83)))
(assert
 (not (and z1_83 z4_83)))
(assert
 (not (and z2_83 z3_83)))
(assert
 (not (and z2_83 z4_83)))
(assert
 (not (and z3_83 z4_83)))
(assert
 (let ((?x1759 (ite z4_83 (- 2) 0)))
 (let ((?x1758 (ite z3_83 (- 2) 0)))
 (let ((?x1757 (ite z2_83 (- 1) 0)))
 (= (+ ?x1757 ?x1758 ?x1759 (* (- 1) q_83)) (- 1))))))
(assert
 (not (and z1_84 z2_84)))
(assert
 (not (and z1_84 z3_84)))
(assert
 (not (and z1_84 z4_84)))
(assert
 (not (and z2_84 z3_84)))
(assert
 (not (and z2_84 z4_84)))
(assert
 (not (and z3_84 z4_84)))
(assert
 (let ((?x1786 (ite z3_84 2 0)))
 (let ((?x1785 (ite z2_84 1 0)))
 (= (+ ?x1785 ?x1786 (* (- 1) q_84)) 1))))
(assert
 (not (and z1_85 z2_85)))
(assert
 (not (and z1_85 z3_85)))
(assert
 (not (and z1_85 z4_85)))
(assert
 (not (and z2_85 z3_85)))
(assert
 (not (and z2_85 z4_85)))
(assert
 (not (and z3_85 z4_85)))
(assert
 (let ((?x1815 (ite z4_85 (- 2) 0)))
 (let ((?x1813 (ite z2_85 (- 1) 0)))
 (let ((?x1812 (ite z1_85 (- 2) 0)))
 (= (+ ?x1812 ?x1813 ?x1815 (* (- 1) q_85)) (- 1))))))
(assert
 (not (and z1_86 z2_86)))
(assert
 (not (and z1_86 z3_86)))
(assert
 (not (and z1_86 z4_86)))
(assert
 (not (and z2_86 z3_86)))
(assert
 (not (and z2_86 z4_86)))
(assert
 (not (and z3_86 z4_86)))
(assert
 (let ((?x1842 (ite z3_86 2 0)))
 (let ((?x1841 (ite z2_86 1 0)))
 (let ((?x1840 (ite z1_86 2 0)))
 (= (+ ?x1840 ?x1841 ?x1842 (* (- 1) q_86)) 1)))))
(assert
 (not (and z1_87 z2_87)))
(assert
 (not (and z1_87 z3_87)))
(assert
 (not (and z1_87 z4_87)))
(assert
 (not (and z2_87 z3_87)))
(assert
 (not (and z2_87 z4_87)))
(assert
 (not (and z3_87 z4_87)))
(assert
 (let ((?x1871 (ite z4_87 (- 2) 0)))
 (let ((?x1869 (ite z2_87 (- 1) 0)))
 (= (+ ?x1869 ?x1871 (* (- 1) q_87)) (- 1)))))
(assert
 (not (and z1_88 z2_88)))
(assert
 (not (and z1_88 z3_88)))
(assert
 (not (and z1_88 z4_88)))
(assert
 (not (and z2_88 z3_88)))
(assert
 (not (and z2_88 z4_88)))
(assert
 (not (and z3_88 z4_88)))
(assert
 (let ((?x1899 (ite z4_88 2 0)))
 (let ((?x1897 (ite z2_88 1 0)))
 (= (+ ?x1897 ?x1899 (* (- 1) q_88)) 1))))
(assert
 (not (and z1_89 z2_89)))
(assert
 (not (and z1_89 z3_89)))
(assert
 (not (and z1_89 z4_89)))
(assert
 (not (and z2_89 z3_89)))
(assert
 (not (and z2_89 z4_89)))
(assert
 (not (and z3_89 z4_89)))
(assert
 (let ((?x1926 (ite z3_89 (- 2) 0)))
 (let ((?x1925 (ite z2_89 (- 1) 0)))
 (let ((?x1924 (ite z1_89 (- 2) 0)))
 (= (+ ?x1924 ?x1925 ?x1926 (* (- 1) q_89)) (- 1))))))
(assert
 (not (and z1_90 z2_90)))
(assert
 (not (and z1_90 z3_90)))
(assert
 (not (and z1_90 z4_90)))
(assert
 (not (and z2_90 z3_90)))
(assert
 (not (and z2_90 z4_90)))
(assert
 (not (and z3_90 z4_90)))
(assert
 (let ((?x1955 (ite z4_90 2 0)))
 (let ((?x1953 (ite z2_90 1 0)))
 (let ((?x1952 (ite z1_90 2 0)))
 (= (+ ?x1952 ?x1953 ?x1955 (* (- 1) q_90)) 1)))))
(assert
 (not (and z1_91 z2_91)))
(assert
 (not (and z1_91 z3_91)))
(assert
 (not (and z1_91 z4_91)))
(assert
 (not (and z2_91 z3_91)))
(assert
 (not (and z2_91 z4_91)))
(assert
 (not (and z3_91 z4_91)))
(assert
 (let ((?x1982 (ite z3_91 (- 2) 0)))
 (let ((?x1981 (ite z2_91 (- 1) 0)))
 (= (+ ?x1981 ?x1982 (* (- 1) q_91)) (- 1)))))
(assert
 (not (and z1_92 z2_92)))
(assert
 (not (and z1_92 z3_92)))
(assert
 (not (and z1_92 z4_92)))
(assert
 (not (and z2_92 z3_92)))
(assert
 (not (and z2_92 z4_92)))
(assert
 (not (and z3_92 z4_92)))
(assert
 (let ((?x2011 (ite z4_92 2 0)))
 (let ((?x2010 (ite z3_92 2 0)))
 (let ((?x2009 (ite z2_92 1 0)))
 (= (+ ?x2009 ?x2010 ?x2011 (* (- 1) q_92)) 1)))))
(assert
 (not (and z1_93 z2_93)))
(assert
 (not (and z1_93 z3_93)))
(assert
 (not (and z1_93 z4_93)))
(assert
 (not (and z2_93 z3_93)))
(assert
 (not (and z2_93 z4_93)))
(assert
 (not (and z3_93 z4_93)))
(assert
 (let ((?x2037 (ite z2_93 (- 1) 0)))
 (let ((?x2036 (ite z1_93 (- 2) 0)))
 (= (+ ?x2036 ?x2037 (* (- 1) q_93)) (- 1)))))
(assert
 (not (and z1_94 z2_94)))
(assert
 (not (and z1_94 z3_94)))
(assert
 (not (and z1_94 z4_94)))
(assert
 (not (and z2_94 z3_94)))
(assert
 (not (and z2_94 z4_94)))
(assert
 (not (and z3_94 z4_94)))
(assert
 (let ((?x2067 (ite z4_94 2 0)))
 (let ((?x2066 (ite z3_94 2 0)))
 (let ((?x2065 (ite z2_94 1 0)))
 (let ((?x2064 (ite z1_94 2 0)))
 (= (+ ?x2064 ?x2065 ?x2066 ?x2067 (* (- 1) q_94)) 1))))))
(assert
 (not (and z1_95 z2_95)))
(assert
 (not (and z1_95 z3_95)))
(assert
 (not (and z1_95 z4_95)))
(assert
 (not (and z2_95 z3_95)))
(assert
 (not (and z2_95 z4_95)))
(assert
 (not (and z3_95 z4_95)))
(assert
 (= (+ (ite z2_95 (- 1) 0) (* (- 1) q_95)) (- 1)))
(assert
 (not (and z1_96 z2_96)))
(assert
 (not (and z1_96 z3_96)))
(assert
 (not (and z1_96 z4_96)))
(assert
 (not (and z2_96 z3_96)))
(assert
 (not (and z2_96 z4_96)))
(assert
 (not (and z3_96 z4_96)))
(assert
 (= (+ (ite z3_96 1 0) (* (- 1) q_96)) 1))
(assert
 (not (and z1_97 z2_97)))
(assert
 (not (and z1_97 z3_97)))
(assert
 (not (and z1_97 z4_97)))
(assert
 (not (and z2_97 z3_97)))
(assert
 (not (and z2_97 z4_97)))
(assert
 (not (and z3_97 z4_97)))
(assert
 (let ((?x2151 (ite z4_97 (- 2) 0)))
 (let ((?x2150 (ite z3_97 (- 1) 0)))
 (let ((?x2149 (ite z2_97 (- 2) 0)))
 (let ((?x2148 (ite z1_97 (- 2) 0)))
 (= (+ ?x2148 ?x2149 ?x2150 ?x2151 (* (- 1) q_97)) (- 1)))))))
(assert
 (not (and z1_98 z2_98)))
(assert
 (not (and z1_98 z3_98)))
(assert
 (not (and z1_98 z4_98)))
(assert
 (not (and z2_98 z3_98)))
(assert
 (not (and z2_98 z4_98)))
(assert
 (not (and z3_98 z4_98)))
(assert
 (let ((?x2178 (ite z3_98 1 0)))
 (let ((?x2176 (ite z1_98 2 0)))
 (= (+ ?x2176 ?x2178 (* (- 1) q_98)) 1))))
(assert
 (not (and z1_99 z2_99)))
(assert
 (not (and z1_99 z3_99)))
(assert
 (not (and z1_99 z4_99)))
(assert
 (not (and z2_99 z3_99)))
(assert
 (not (and z2_99 z4_99)))
(assert
 (not (and z3_99 z4_99)))
(assert
 (let ((?x2207 (ite z4_99 (- 2) 0)))
 (let ((?x2206 (ite z3_99 (- 1) 0)))
 (let ((?x2205 (ite z2_99 (- 2) 0)))
 (= (+ ?x2205 ?x2206 ?x2207 (* (- 1) q_99)) (- 1))))))
(assert
 (not (and z1_100 z2_100)))
(assert
 (not (and z1_100 z3_100)))
(assert
 (not (and z1_100 z4_100)))
(assert
 (not (and z2_100 z3_100)))
(assert
 (not (and z2_100 z4_100)))
(assert
 (not (and z3_100 z4_100)))
(assert
 (let ((?x2234 (ite z3_100 1 0)))
 (let ((?x2233 (ite z2_100 2 0)))
 (= (+ ?x2233 ?x2234 (* (- 1) q_100)) 1))))
(assert
 (not (and z1_101 z2_101)))
(assert
 (not (and z1_101 z3_101)))
(assert
 (not (and z1_101 z4_101)))
(assert
 (not (and z2_101 z3_101)))
(assert
 (not (and z2_101 z4_101)))
(assert
 (not (and z3_101 z4_101)))
(assert
 (let ((?x2263 (ite z4_101 (- 2) 0)))
 (let ((?x2262 (ite z3_101 (- 1) 0)))
 (let ((?x2260 (ite z1_101 (- 2) 0)))
 (= (+ ?x2260 ?x2262 ?x2263 (* (- 1) q_101)) (- 1))))))
(assert
 (not (and z1_102 z2_102)))
(assert
 (not (and z1_102 z3_102)))
(assert
 (not (and z1_102 z4_102)))
(assert
 (not (and z2_102 z3_102)))
(assert
 (not (and z2_102 z4_102)))
(assert
 (not (and z3_102 z4_102)))
(assert
 (let ((?x2290 (ite z3_102 1 0)))
 (let ((?x2289 (ite z2_102 2 0)))
 (let ((?x2288 (ite z1_102 2 0)))
 (= (+ ?x2288 ?x2289 ?x2290 (* (- 1) q_102)) 1)))))
(assert
 (not (and z1_103 z2_103)))
(assert
 (not (and z1_103 z3_103)))
(assert
 (not (and z1_103 z4_103)))
(assert
 (not (and z2_103 z3_103)))
(assert
 (not (and z2_103 z4_103)))
(assert
 (not (and z3_103 z4_103)))
(assert
 (let ((?x2319 (ite z4_103 (- 2) 0)))
 (let ((?x2318 (ite z3_103 (- 1) 0)))
 (= (+ ?x2318 ?x2319 (* (- 1) q_103)) (- 1)))))
(assert
 (not (and z1_104 z2_104)))
(assert
 (not (and z1_104 z3_104)))
(assert
 (not (and z1_104 z4_104)))
(assert
 (not (and z2_104 z3_104)))
(assert
 (not (and z2_104 z4_104)))
(assert
 (not (and z3_104 z4_104)))
(assert
 (let ((?x2347 (ite z4_104 2 0)))
 (let ((?x2346 (ite z3_104 1 0)))
 (= (+ ?x2346 ?x2347 (* (- 1) q_104)) 1))))
(assert
 (not (and z1_105 z2_105)))
(assert
 (not (and z1_105 z3_105)))
(assert
 (not (and z1_105 z4_105)))
(assert
 (not (and z2_105 z3_105)))
(assert
 (not (and z2_105 z4_105)))
(assert
 (not (and z3_105 z4_105)))
(assert
 (let ((?x2374 (ite z3_105 (- 1) 0)))
 (let ((?x2373 (ite z2_105 (- 2) 0)))
 (let ((?x2372 (ite z1_105 (- 2) 0)))
 (= (+ ?x2372 ?x2373 ?x2374 (* (- 1) q_105)) (- 1))))))
(assert
 (not (and z1_106 z2_106)))
(assert
 (not (and z1_106 z3_106)))
(assert
 (not (and z1_106 z4_106)))
(assert
 (not (and z2_106 z3_106)))
(assert
 (not (and z2_106 z4_106)))
(assert
 (not (and z3_106 z4_106)))
(assert
 (let ((?x2403 (ite z4_106 2 0)))
 (let ((?x2402 (ite z3_106 1 0)))
 (let ((?x2400 (ite z1_106 2 0)))
 (= (+ ?x2400 ?x2402 ?x2403 (* (- 1) q_106)) 1)))))
(assert
 (not (and z1_107 z2_107)))
(assert
 (not (and z1_107 z3_107)))
(assert
 (not (and z1_107 z4_107)))
(assert
 (not (and z2_107 z3_107)))
(assert
 (not (and z2_107 z4_107)))
(assert
 (not (and z3_107 z4_107)))
(assert
 (let ((?x2430 (ite z3_107 (- 1) 0)))
 (let ((?x2429 (ite z2_107 (- 2) 0)))
 (= (+ ?x2429 ?x2430 (* (- 1) q_107)) (- 1)))))
(assert
 (not (and z1_108 z2_108)))
(assert
 (not (and z1_108 z3_108)))
(assert
 (not (and z1_108 z4_108)))
(assert
 (not (and z2_108 z3_108)))
(assert
 (not (and z2_108 z4_108)))
(assert
 (not (and z3_108 z4_108)))
(assert
 (let ((?x2459 (ite z4_108 2 0)))
 (let ((?x2458 (ite z3_108 1 0)))
 (let ((?x2457 (ite z2_108 2 0)))
 (= (+ ?x2457 ?x2458 ?x2459 (* (- 1) q_108)) 1)))))
(assert
 (not (and z1_109 z2_109)))
(assert
 (not (and z1_109 z3_109)))
(assert
 (not (and z1_109 z4_109)))
(assert
 (not (and z2_109 z3_109)))
(assert
 (not (and z2_109 z4_109)))
(assert
 (not (and z3_109 z4_109)))
(assert
 (let ((?x2486 (ite z3_109 (- 1) 0)))
 (let ((?x2484 (ite z1_109 (- 2) 0)))
 (= (+ ?x2484 ?x2486 (* (- 1) q_109)) (- 1)))))
(assert
 (not (and z1_110 z2_110)))
(assert
 (not (and z1_110 z3_110)))
(assert
 (not (and z1_110 z4_110)))
(assert
 (not (and z2_110 z3_110)))
(assert
 (not (and z2_110 z4_110)))
(assert
 (not (and z3_110 z4_110)))
(assert
 (let ((?x2515 (ite z4_110 2 0)))
 (let ((?x2514 (ite z3_110 1 0)))
 (let ((?x2513 (ite z2_110 2 0)))
 (let ((?x2512 (ite z1_110 2 0)))
 (= (+ ?x2512 ?x2513 ?x2514 ?x2515 (* (- 1) q_110)) 1))))))
(assert
 (not (and z1_111 z2_111)))
(assert
 (not (and z1_111 z3_111)))
(assert
 (not (and z1_111 z4_111)))
(assert
 (not (and z2_111 z3_111)))
(assert
 (not (and z2_111 z4_111)))
(assert
 (not (and z3_111 z4_111)))
(assert
 (= (+ (ite z3_111 (- 1) 0) (* (- 1) q_111)) (- 1)))
(assert
 (not (and z1_112 z2_112)))
(assert
 (not (and z1_112 z3_112)))
(assert
 (not (and z1_112 z4_112)))
(assert
 (not (and z2_112 z3_112)))
(assert
 (not (and z2_112 z4_112)))
(assert
 (not (and z3_112 z4_112)))
(assert
 (= (+ (ite z4_112 1 0) (* (- 1) q_112)) 1))
(assert
 (not (and z1_113 z2_113)))
(assert
 (not (and z1_113 z3_113)))
(assert
 (not (and z1_113 z4_113)))
(assert
 (not (and z2_113 z3_113)))
(assert
 (not (and z2_113 z4_113)))
(assert
 (not (and z3_113 z4_113)))
(assert
 (let ((?x2599 (ite z4_113 (- 1) 0)))
 (let ((?x2598 (ite z3_113 (- 2) 0)))
 (let ((?x2597 (ite z2_113 (- 2) 0)))
 (let ((?x2596 (ite z1_113 (- 2) 0)))
 (= (+ ?x2596 ?x2597 ?x2598 ?x2599 (* (- 1) q_113)) (- 1)))))))
(assert
 (not (and z1_114 z2_114)))
(assert
 (not (and z1_114 z3_114)))
(assert
 (not (and z1_114 z4_114)))
(assert
 (not (and z2_114 z3_114)))
(assert
 (not (and z2_114 z4_114)))
(assert
 (not (and z3_114 z4_114)))
(assert
 (let ((?x2627 (ite z4_114 1 0)))
 (let ((?x2624 (ite z1_114 2 0)))
 (= (+ ?x2624 ?x2627 (* (- 1) q_114)) 1))))
(assert
 (not (and z1_115 z2_115)))
(assert
 (not (and z1_115 z3_115)))
(assert
 (not (and z1_115 z4_115)))
(assert
 (not (and z2_115 z3_115)))
(assert
 (not (and z2_115 z4_115)))
(assert
 (not (and z3_115 z4_115)))
(assert
 (let ((?x2655 (ite z4_115 (- 1) 0)))
 (let ((?x2654 (ite z3_115 (- 2) 0)))
 (let ((?x2653 (ite z2_115 (- 2) 0)))
 (= (+ ?x2653 ?x2654 ?x2655 (* (- 1) q_115)) (- 1))))))
(assert
 (not (and z1_116 z2_116)))
(assert
 (not (and z1_116 z3_116)))
(assert
 (not (and z1_116 z4_116)))
(assert
 (not (and z2_116 z3_116)))
(assert
 (not (and z2_116 z4_116)))
(assert
 (not (and z3_116 z4_116)))
(assert
 (let ((?x2683 (ite z4_116 1 0)))
 (let ((?x2681 (ite z2_116 2 0)))
 (= (+ ?x2681 ?x2683 (* (- 1) q_116)) 1))))
(assert
 (not (and z1_117 z2_117)))
(assert
 (not (and z1_117 z3_117)))
(assert
 (not (and z1_117 z4_117)))
(assert
 (not (and z2_117 z3_117)))
(assert
 (not (and z2_117 z4_117)))
(assert
 (not (and z3_117 z4_117)))
(assert
 (let ((?x2711 (ite z4_117 (- 1) 0)))
 (let ((?x2710 (ite z3_117 (- 2) 0)))
 (let ((?x2708 (ite z1_117 (- 2) 0)))
 (= (+ ?x2708 ?x2710 ?x2711 (* (- 1) q_117)) (- 1))))))
(assert
 (not (and z1_118 z2_118)))
(assert
 (not (and z1_118 z3_118)))
(assert
 (not (and z1_118 z4_118)))
(assert
 (not (and z2_118 z3_118)))
(assert
 (not (and z2_118 z4_118)))
(assert
 (not (and z3_118 z4_118)))
(assert
 (let ((?x2739 (ite z4_118 1 0)))
 (let ((?x2737 (ite z2_118 2 0)))
 (let ((?x2736 (ite z1_118 2 0)))
 (= (+ ?x2736 ?x2737 ?x2739 (* (- 1) q_118)) 1)))))
(assert
 (not (and z1_119 z2_119)))
(assert
 (not (and z1_119 z3_119)))
(assert
 (not (and z1_119 z4_119)))
(assert
 (not (and z2_119 z3_119)))
(assert
 (not (and z2_119 z4_119)))
(assert
 (not (and z3_119 z4_119)))
(assert
 (let ((?x2767 (ite z4_119 (- 1) 0)))
 (let ((?x2766 (ite z3_119 (- 2) 0)))
 (= (+ ?x2766 ?x2767 (* (- 1) q_119)) (- 1)))))
(assert
 (not (and z1_120 z2_120)))
(assert
 (not (and z1_120 z3_120)))
(assert
 (not (and z1_120 z4_120)))
(assert
 (not (and z2_120 z3_120)))
(assert
 (not (and z2_120 z4_120)))
(assert
 (not (and z3_120 z4_120)))
(assert
 (let ((?x2795 (ite z4_120 1 0)))
 (let ((?x2794 (ite z3_120 2 0)))
 (= (+ ?x2794 ?x2795 (* (- 1) q_120)) 1))))
(assert
 (not (and z1_121 z2_121)))
(assert
 (not (and z1_121 z3_121)))
(assert
 (not (and z1_121 z4_121)))
(assert
 (not (and z2_121 z3_121)))
(assert
 (not (and z2_121 z4_121)))
(assert
 (not (and z3_121 z4_121)))
(assert
 (let ((?x2823 (ite z4_121 (- 1) 0)))
 (let ((?x2821 (ite z2_121 (- 2) 0)))
 (let ((?x2820 (ite z1_121 (- 2) 0)))
 (= (+ ?x2820 ?x2821 ?x2823 (* (- 1) q_121)) (- 1))))))
(assert
 (not (and z1_122 z2_122)))
(assert
 (not (and z1_122 z3_122)))
(assert
 (not (and z1_122 z4_122)))
(assert
 (not (and z2_122 z3_122)))
(assert
 (not (and z2_122 z4_122)))
(assert
 (not (and z3_122 z4_122)))
(assert
 (let ((?x2851 (ite z4_122 1 0)))
 (let ((?x2850 (ite z3_122 2 0)))
 (let ((?x2848 (ite z1_122 2 0)))
 (= (+ ?x2848 ?x2850 ?x2851 (* (- 1) q_122)) 1)))))
(assert
 (not (and z1_123 z2_123)))
(assert
 (not (and z1_123 z3_123)))
(assert
 (not (and z1_123 z4_123)))
(assert
 (not (and z2_123 z3_123)))
(assert
 (not (and z2_123 z4_123)))
(assert
 (not (and z3_123 z4_123)))
(assert
 (let ((?x2879 (ite z4_123 (- 1) 0)))
 (let ((?x2877 (ite z2_123 (- 2) 0)))
 (= (+ ?x2877 ?x2879 (* (- 1) q_123)) (- 1)))))
(assert
 (not (and z1_124 z2_124)))
(assert
 (not (and z1_124 z3_124)))
(assert
 (not (and z1_124 z4_124)))
(assert
 (not (and z2_124 z3_124)))
(assert
 (not (and z2_124 z4_124)))
(assert
 (not (and z3_124 z4_124)))
(assert
 (let ((?x2907 (ite z4_124 1 0)))
 (let ((?x2906 (ite z3_124 2 0)))
 (let ((?x2905 (ite z2_124 2 0)))
 (= (+ ?x2905 ?x2906 ?x2907 (* (- 1) q_124)) 1)))))
(assert
 (not (and z1_125 z2_125)))
(assert
 (not (and z1_125 z3_125)))
(assert
 (not (and z1_125 z4_125)))
(assert
 (not (and z2_125 z3_125)))
(assert
 (not (and z2_125 z4_125)))
(assert
 (not (and z3_125 z4_125)))
(assert
 (let ((?x2935 (ite z4_125 (- 1) 0)))
 (let ((?x2932 (ite z1_125 (- 2) 0)))
 (= (+ ?x2932 ?x2935 (* (- 1) q_125)) (- 1)))))
(assert
 (not (and z1_126 z2_126)))
(assert
 (not (and z1_126 z3_126)))
(assert
 (not (and z1_126 z4_126)))
(assert
 (not (and z2_126 z3_126)))
(assert
 (not (and z2_126 z4_126)))
(assert
 (not (and z3_126 z4_126)))
(assert
 (let ((?x2963 (ite z4_126 1 0)))
 (let ((?x2962 (ite z3_126 2 0)))
 (let ((?x2961 (ite z2_126 2 0)))
 (let ((?x2960 (ite z1_126 2 0)))
 (= (+ ?x2960 ?x2961 ?x2962 ?x2963 (* (- 1) q_126)) 1))))))
(assert
 (not (and z1_127 z2_127)))
(assert
 (not (and z1_127 z3_127)))
(assert
 (not (and z1_127 z4_127)))
(assert
 (not (and z2_127 z3_127)))
(assert
 (not (and z2_127 z4_127)))
(assert
 (not (and z3_127 z4_127)))
(assert
 (= (+ (ite z4_127 (- 1) 0) (* (- 1) q_127)) (- 1)))
(assert
 (not (and z1_128 z2_128)))
(assert
 (not (and z1_128 z3_128)))
(assert
 (not (and z1_128 z4_128)))
(assert
 (not (and z1_128 z5_128)))
(assert
 (not (and z2_128 z3_128)))
(assert
 (not (and z2_128 z4_128)))
(assert
 (not (and z2_128 z5_128)))
(assert
 (not (and z3_128 z4_128)))
(assert
 (not (and z3_128 z5_128)))
(assert
 (not (and z4_128 z5_128)))
(assert
 (let ((?x3029 (ite z5_128 (- 1) 0)))
 (let ((?x3028 (ite z4_128 (- 1) 0)))
 (let ((?x3027 (ite z3_128 (- 1) 0)))
 (let ((?x3026 (ite z2_128 (- 1) 0)))
 (let ((?x3025 (ite z1_128 (- 1) 0)))
 (= (+ ?x3025 ?x3026 ?x3027 ?x3028 ?x3029 (* (- 1) q_128)) 0)))))))
(assert
 (not (and z1_129 z2_129)))
(assert
 (not (and z1_129 z3_129)))
(assert
 (not (and z1_129 z4_129)))
(assert
 (not (and z1_129 z5_129)))
(assert
 (not (and z2_129 z3_129)))
(assert
 (not (and z2_129 z4_129)))
(assert
 (not (and z2_129 z5_129)))
(assert
 (not (and z3_129 z4_129)))
(assert
 (not (and z3_129 z5_129)))
(assert
 (not (and z4_129 z5_129)))
(assert
 (let ((?x3067 (ite z5_129 (- 1) 0)))
 (let ((?x3066 (ite z4_129 (- 1) 0)))
 (let ((?x3065 (ite z3_129 (- 1) 0)))
 (let ((?x3064 (ite z2_129 (- 1) 0)))
 (let ((?x3063 (ite z1_129 1 0)))
 (= (+ ?x3063 ?x3064 ?x3065 ?x3066 ?x3067 (* (- 1) q_129)) 0)))))))
(assert
 (not (and z1_130 z2_130)))
(assert
 (not (and z1_130 z3_130)))
(assert
 (not (and z1_130 z4_130)))
(assert
 (not (and z1_130 z5_130)))
(assert
 (not (and z2_130 z3_130)))
(assert
 (not (and z2_130 z4_130)))
(assert
 (not (and z2_130 z5_130)))
(assert
 (not (and z3_130 z4_130)))
(assert
 (not (and z3_130 z5_130)))
(assert
 (not (and z4_130 z5_130)))
(assert
 (let ((?x3105 (ite z5_130 (- 1) 0)))
 (let ((?x3104 (ite z4_130 (- 1) 0)))
 (let ((?x3103 (ite z3_130 (- 1) 0)))
 (let ((?x3102 (ite z2_130 1 0)))
 (let ((?x3101 (ite z1_130 (- 1) 0)))
 (= (+ ?x3101 ?x3102 ?x3103 ?x3104 ?x3105 (* (- 1) q_130)) 0)))))))
(assert
 (not (and z1_131 z2_131)))
(assert
 (not (and z1_131 z3_131)))
(assert
 (not (and z1_131 z4_131)))
(assert
 (not (and z1_131 z5_131)))
(assert
 (not (and z2_131 z3_131)))
(assert
 (not (and z2_131 z4_131)))
(assert
 (not (and z2_131 z5_131)))
(assert
 (not (and z3_131 z4_131)))
(assert
 (not (and z3_131 z5_131)))
(assert
 (not (and z4_131 z5_131)))
(assert
 (let ((?x3143 (ite z5_131 (- 1) 0)))
 (let ((?x3142 (ite z4_131 (- 1) 0)))
 (let ((?x3141 (ite z3_131 (- 1) 0)))
 (let ((?x3140 (ite z2_131 1 0)))
 (let ((?x3139 (ite z1_131 1 0)))
 (= (+ ?x3139 ?x3140 ?x3141 ?x3142 ?x3143 (* (- 1) q_131)) 0)))))))
(assert
 (not (and z1_132 z2_132)))
(assert
 (not (and z1_132 z3_132)))
(assert
 (not (and z1_132 z4_132)))
(assert
 (not (and z1_132 z5_132)))
(assert
 (not (and z2_132 z3_132)))
(assert
 (not (and z2_132 z4_132)))
(assert
 (not (and z2_132 z5_132)))
(assert
 (not (and z3_132 z4_132)))
(assert
 (not (and z3_132 z5_132)))
(assert
 (not (and z4_132 z5_132)))
(assert
 (let ((?x3181 (ite z5_132 (- 1) 0)))
 (let ((?x3180 (ite z4_132 (- 1) 0)))
 (let ((?x3179 (ite z3_132 1 0)))
 (let ((?x3178 (ite z2_132 (- 1) 0)))
 (let ((?x3177 (ite z1_132 (- 1) 0)))
 (= (+ ?x3177 ?x3178 ?x3179 ?x3180 ?x3181 (* (- 1) q_132)) 0)))))))
(assert
 (not (and z1_133 z2_133)))
(assert
 (not (and z1_133 z3_133)))
(assert
 (not (and z1_133 z4_133)))
(assert
 (not (and z1_133 z5_133)))
(assert
 (not (and z2_133 z3_133)))
(assert
 (not (and z2_133 z4_133)))
(assert
 (not (and z2_133 z5_133)))
(assert
 (not (and z3_133 z4_133)))
(assert
 (not (and z3_133 z5_133)))
(assert
 (not (and z4_133 z5_133)))
(assert
 (let ((?x3219 (ite z5_133 (- 1) 0)))
 (let ((?x3218 (ite z4_133 (- 1) 0)))
 (let ((?x3217 (ite z3_133 1 0)))
 (let ((?x3216 (ite z2_133 (- 1) 0)))
 (let ((?x3215 (ite z1_133 1 0)))
 (= (+ ?x3215 ?x3216 ?x3217 ?x3218 ?x3219 (* (- 1) q_133)) 0)))))))
(assert
 (not (and z1_134 z2_134)))
(assert
 (not (and z1_134 z3_134)))
(assert
 (not (and z1_134 z4_134)))
(assert
 (not (and z1_134 z5_134)))
(assert
 (not (and z2_134 z3_134)))
(assert
 (not (and z2_134 z4_134)))
(assert
 (not (and z2_134 z5_134)))
(assert
 (not (and z3_134 z4_134)))
(assert
 (not (and z3_134 z5_134)))
(assert
 (not (and z4_134 z5_134)))
(assert
 (let ((?x3257 (ite z5_134 (- 1) 0)))
 (let ((?x3256 (ite z4_134 (- 1) 0)))
 (let ((?x3255 (ite z3_134 1 0)))
 (let ((?x3254 (ite z2_134 1 0)))
 (let ((?x3253 (ite z1_134 (- 1) 0)))
 (= (+ ?x3253 ?x3254 ?x3255 ?x3256 ?x3257 (* (- 1) q_134)) 0)))))))
(assert
 (not (and z1_135 z2_135)))
(assert
 (not (and z1_135 z3_135)))
(assert
 (not (and z1_135 z4_135)))
(assert
 (not (and z1_135 z5_135)))
(assert
 (not (and z2_135 z3_135)))
(assert
 (not (and z2_135 z4_135)))
(assert
 (not (and z2_135 z5_135)))
(assert
 (not (and z3_135 z4_135)))
(assert
 (not (and z3_135 z5_135)))
(assert
 (not (and z4_135 z5_135)))
(assert
 (let ((?x3295 (ite z5_135 (- 1) 0)))
 (let ((?x3294 (ite z4_135 (- 1) 0)))
 (let ((?x3293 (ite z3_135 1 0)))
 (let ((?x3292 (ite z2_135 1 0)))
 (let ((?x3291 (ite z1_135 1 0)))
 (= (+ ?x3291 ?x3292 ?x3293 ?x3294 ?x3295 (* (- 1) q_135)) 0)))))))
(assert
 (not (and z1_136 z2_136)))
(assert
 (not (and z1_136 z3_136)))
(assert
 (not (and z1_136 z4_136)))
(assert
 (not (and z1_136 z5_136)))
(assert
 (not (and z2_136 z3_136)))
(assert
 (not (and z2_136 z4_136)))
(assert
 (not (and z2_136 z5_136)))
(assert
 (not (and z3_136 z4_136)))
(assert
 (not (and z3_136 z5_136)))
(assert
 (not (and z4_136 z5_136)))
(assert
 (let ((?x3333 (ite z5_136 (- 1) 0)))
 (let ((?x3332 (ite z4_136 1 0)))
 (let ((?x3331 (ite z3_136 (- 1) 0)))
 (let ((?x3330 (ite z2_136 (- 1) 0)))
 (let ((?x3329 (ite z1_136 (- 1) 0)))
 (= (+ ?x3329 ?x3330 ?x3331 ?x3332 ?x3333 (* (- 1) q_136)) 0)))))))
(assert
 (not (and z1_137 z2_137)))
(assert
 (not (and z1_137 z3_137)))
(assert
 (not (and z1_137 z4_137)))
(assert
 (not (and z1_137 z5_137)))
(assert
 (not (and z2_137 z3_137)))
(assert
 (not (and z2_137 z4_137)))
(assert
 (not (and z2_137 z5_137)))
(assert
 (not (and z3_137 z4_137)))
(assert
 (not (and z3_137 z5_137)))
(assert
 (not (and z4_137 z5_137)))
(assert
 (let ((?x3371 (ite z5_137 (- 1) 0)))
 (let ((?x3370 (ite z4_137 1 0)))
 (let ((?x3369 (ite z3_137 (- 1) 0)))
 (let ((?x3368 (ite z2_137 (- 1) 0)))
 (let ((?x3367 (ite z1_137 1 0)))
 (= (+ ?x3367 ?x3368 ?x3369 ?x3370 ?x3371 (* (- 1) q_137)) 0)))))))
(assert
 (not (and z1_138 z2_138)))
(assert
 (not (and z1_138 z3_138)))
(assert
 (not (and z1_138 z4_138)))
(assert
 (not (and z1_138 z5_138)))
(assert
 (not (and z2_138 z3_138)))
(assert
 (not (and z2_138 z4_138)))
(assert
 (not (and z2_138 z5_138)))
(assert
 (not (and z3_138 z4_138)))
(assert
 (not (and z3_138 z5_138)))
(assert
 (not (and z4_138 z5_138)))
(assert
 (let ((?x3409 (ite z5_138 (- 1) 0)))
 (let ((?x3408 (ite z4_138 1 0)))
 (let ((?x3407 (ite z3_138 (- 1) 0)))
 (let ((?x3406 (ite z2_138 1 0)))
 (let ((?x3405 (ite z1_138 (- 1) 0)))
 (= (+ ?x3405 ?x3406 ?x3407 ?x3408 ?x3409 (* (- 1) q_138)) 0)))))))
(assert
 (not (and z1_139 z2_139)))
(assert
 (not (and z1_139 z3_139)))
(assert
 (not (and z1_139 z4_139)))
(assert
 (not (and z1_139 z5_139)))
(assert
 (not (and z2_139 z3_139)))
(assert
 (not (and z2_139 z4_139)))
(assert
 (not (and z2_139 z5_139)))
(assert
 (not (and z3_139 z4_139)))
(assert
 (not (and z3_139 z5_139)))
(assert
 (not (and z4_139 z5_139)))
(assert
 (let ((?x3447 (ite z5_139 (- 1) 0)))
 (let ((?x3446 (ite z4_139 1 0)))
 (let ((?x3445 (ite z3_139 (- 1) 0)))
 (let ((?x3444 (ite z2_139 1 0)))
 (let ((?x3443 (ite z1_139 1 0)))
 (= (+ ?x3443 ?x3444 ?x3445 ?x3446 ?x3447 (* (- 1) q_139)) 0)))))))
(assert
 (not (and z1_140 z2_140)))
(assert
 (not (and z1_140 z3_140)))
(assert
 (not (and z1_140 z4_140)))
(assert
 (not (and z1_140 z5_140)))
(assert
 (not (and z2_140 z3_140)))
(assert
 (not (and z2_140 z4_140)))
(assert
 (not (and z2_140 z5_140)))
(assert
 (not (and z3_140 z4_140)))
(assert
 (not (and z3_140 z5_140)))
(assert
 (not (and z4_140 z5_140)))
(assert
 (let ((?x3485 (ite z5_140 (- 1) 0)))
 (let ((?x3484 (ite z4_140 1 0)))
 (let ((?x3483 (ite z3_140 1 0)))
 (let ((?x3482 (ite z2_140 (- 1) 0)))
 (let ((?x3481 (ite z1_140 (- 1) 0)))
 (= (+ ?x3481 ?x3482 ?x3483 ?x3484 ?x3485 (* (- 1) q_140)) 0)))))))
(assert
 (not (and z1_141 z2_141)))
(assert
 (not (and z1_141 z3_141)))
(assert
 (not (and z1_141 z4_141)))
(assert
 (not (and z1_141 z5_141)))
(assert
 (not (and z2_141 z3_141)))
(assert
 (not (and z2_141 z4_141)))
(assert
 (not (and z2_141 z5_141)))
(assert
 (not (and z3_141 z4_141)))
(assert
 (not (and z3_141 z5_141)))
(assert
 (not (and z4_141 z5_141)))
(assert
 (let ((?x3523 (ite z5_141 (- 1) 0)))
 (let ((?x3522 (ite z4_141 1 0)))
 (let ((?x3521 (ite z3_141 1 0)))
 (let ((?x3520 (ite z2_141 (- 1) 0)))
 (let ((?x3519 (ite z1_141 1 0)))
 (= (+ ?x3519 ?x3520 ?x3521 ?x3522 ?x3523 (* (- 1) q_141)) 0)))))))
(assert
 (not (and z1_142 z2_142)))
(assert
 (not (and z1_142 z3_142)))
(assert
 (not (and z1_142 z4_142)))
(assert
 (not (and z1_142 z5_142)))
(assert
 (not (and z2_142 z3_142)))
(assert
 (not (and z2_142 z4_142)))
(assert
 (not (and z2_142 z5_142)))
(assert
 (not (and z3_142 z4_142)))
(assert
 (not (and z3_142 z5_142)))
(assert
 (not (and z4_142 z5_142)))
(assert
 (let ((?x3561 (ite z5_142 (- 1) 0)))
 (let ((?x3560 (ite z4_142 1 0)))
 (let ((?x3559 (ite z3_142 1 0)))
 (let ((?x3558 (ite z2_142 1 0)))
 (let ((?x3557 (ite z1_142 (- 1) 0)))
 (= (+ ?x3557 ?x3558 ?x3559 ?x3560 ?x3561 (* (- 1) q_142)) 0)))))))
(assert
 (not (and z1_143 z2_143)))
(assert
 (not (and z1_143 z3_143)))
(assert
 (not (and z1_143 z4_143)))
(assert
 (not (and z1_143 z5_143)))
(assert
 (not (and z2_143 z3_143)))
(assert
 (not (and z2_143 z4_143)))
(assert
 (not (and z2_143 z5_143)))
(assert
 (not (and z3_143 z4_143)))
(assert
 (not (and z3_143 z5_143)))
(assert
 (not (and z4_143 z5_143)))
(assert
 (let ((?x3599 (ite z5_143 (- 1) 0)))
 (let ((?x3598 (ite z4_143 1 0)))
 (let ((?x3597 (ite z3_143 1 0)))
 (let ((?x3596 (ite z2_143 1 0)))
 (let ((?x3595 (ite z1_143 1 0)))
 (= (+ ?x3595 ?x3596 ?x3597 ?x3598 ?x3599 (* (- 1) q_143)) 0)))))))
(assert
 (not (and z1_144 z2_144)))
(assert
 (not (and z1_144 z3_144)))
(assert
 (not (and z1_144 z4_144)))
(assert
 (not (and z1_144 z5_144)))
(assert
 (not (and z2_144 z3_144)))
(assert
 (not (and z2_144 z4_144)))
(assert
 (not (and z2_144 z5_144)))
(assert
 (not (and z3_144 z4_144)))
(assert
 (not (and z3_144 z5_144)))
(assert
 (not (and z4_144 z5_144)))
(assert
 (let ((?x3637 (ite z5_144 1 0)))
 (let ((?x3636 (ite z4_144 (- 1) 0)))
 (let ((?x3635 (ite z3_144 (- 1) 0)))
 (let ((?x3634 (ite z2_144 (- 1) 0)))
 (let ((?x3633 (ite z1_144 (- 1) 0)))
 (= (+ ?x3633 ?x3634 ?x3635 ?x3636 ?x3637 (* (- 1) q_144)) 0)))))))
(assert
 (not (and z1_145 z2_145)))
(assert
 (not (and z1_145 z3_145)))
(assert
 (not (and z1_145 z4_145)))
(assert
 (not (and z1_145 z5_145)))
(assert
 (not (and z2_145 z3_145)))
(assert
 (not (and z2_145 z4_145)))
(assert
 (not (and z2_145 z5_145)))
(assert
 (not (and z3_145 z4_145)))
(assert
 (not (and z3_145 z5_145)))
(assert
 (not (and z4_145 z5_145)))
(assert
 (let ((?x3675 (ite z5_145 1 0)))
 (let ((?x3674 (ite z4_145 (- 1) 0)))
 (let ((?x3673 (ite z3_145 (- 1) 0)))
 (let ((?x3672 (ite z2_145 (- 1) 0)))
 (let ((?x3671 (ite z1_145 1 0)))
 (= (+ ?x3671 ?x3672 ?x3673 ?x3674 ?x3675 (* (- 1) q_145)) 0)))))))
(assert
 (not (and z1_146 z2_146)))
(assert
 (not (and z1_146 z3_146)))
(assert
 (not (and z1_146 z4_146)))
(assert
 (not (and z1_146 z5_146)))
(assert
 (not (and z2_146 z3_146)))
(assert
 (not (and z2_146 z4_146)))
(assert
 (not (and z2_146 z5_146)))
(assert
 (not (and z3_146 z4_146)))
(assert
 (not (and z3_146 z5_146)))
(assert
 (not (and z4_146 z5_146)))
(assert
 (let ((?x3713 (ite z5_146 1 0)))
 (let ((?x3712 (ite z4_146 (- 1) 0)))
 (let ((?x3711 (ite z3_146 (- 1) 0)))
 (let ((?x3710 (ite z2_146 1 0)))
 (let ((?x3709 (ite z1_146 (- 1) 0)))
 (= (+ ?x3709 ?x3710 ?x3711 ?x3712 ?x3713 (* (- 1) q_146)) 0)))))))
(assert
 (not (and z1_147 z2_147)))
(assert
 (not (and z1_147 z3_147)))
(assert
 (not (and z1_147 z4_147)))
(assert
 (not (and z1_147 z5_147)))
(assert
 (not (and z2_147 z3_147)))
(assert
 (not (and z2_147 z4_147)))
(assert
 (not (and z2_147 z5_147)))
(assert
 (not (and z3_147 z4_147)))
(assert
 (not (and z3_147 z5_147)))
(assert
 (not (and z4_147 z5_147)))
(assert
 (let ((?x3751 (ite z5_147 1 0)))
 (let ((?x3750 (ite z4_147 (- 1) 0)))
 (let ((?x3749 (ite z3_147 (- 1) 0)))
 (let ((?x3748 (ite z2_147 1 0)))
 (let ((?x3747 (ite z1_147 1 0)))
 (= (+ ?x3747 ?x3748 ?x3749 ?x3750 ?x3751 (* (- 1) q_147)) 0)))))))
(assert
 (not (and z1_148 z2_148)))
(assert
 (not (and z1_148 z3_148)))
(assert
 (not (and z1_148 z4_148)))
(assert
 (not (and z1_148 z5_148)))
(assert
 (not (and z2_148 z3_148)))
(assert
 (not (and z2_148 z4_148)))
(assert
 (not (and z2_148 z5_148)))
(assert
 (not (and z3_148 z4_148)))
(assert
 (not (and z3_148 z5_148)))
(assert
 (not (and z4_148 z5_148)))
(assert
 (let ((?x3789 (ite z5_148 1 0)))
 (let ((?x3788 (ite z4_148 (- 1) 0)))
 (let ((?x3787 (ite z3_148 1 0)))
 (let ((?x3786 (ite z2_148 (- 1) 0)))
 (let ((?x3785 (ite z1_148 (- 1) 0)))
 (= (+ ?x3785 ?x3786 ?x3787 ?x3788 ?x3789 (* (- 1) q_148)) 0)))))))
(assert
 (not (and z1_149 z2_149)))
(assert
 (not (and z1_149 z3_149)))
(assert
 (not (and z1_149 z4_149)))
(assert
 (not (and z1_149 z5_149)))
(assert
 (not (and z2_149 z3_149)))
(assert
 (not (and z2_149 z4_149)))
(assert
 (not (and z2_149 z5_149)))
(assert
 (not (and z3_149 z4_149)))
(assert
 (not (and z3_149 z5_149)))
(assert
 (not (and z4_149 z5_149)))
(assert
 (let ((?x3827 (ite z5_149 1 0)))
 (let ((?x3826 (ite z4_149 (- 1) 0)))
 (let ((?x3825 (ite z3_149 1 0)))
 (let ((?x3824 (ite z2_149 (- 1) 0)))
 (let ((?x3823 (ite z1_149 1 0)))
 (= (+ ?x3823 ?x3824 ?x3825 ?x3826 ?x3827 (* (- 1) q_149)) 0)))))))
(assert
 (not (and z1_150 z2_150)))
(assert
 (not (and z1_150 z3_150)))
(assert
 (not (and z1_150 z4_150)))
(assert
 (not (and z1_150 z5_150)))
(assert
 (not (and z2_150 z3_150)))
(assert
 (not (and z2_150 z4_150)))
(assert
 (not (and z2_150 z5_150)))
(assert
 (not (and z3_150 z4_150)))
(assert
 (not (and z3_150 z5_150)))
(assert
 (not (and z4_150 z5_150)))
(assert
 (let ((?x3865 (ite z5_150 1 0)))
 (let ((?x3864 (ite z4_150 (- 1) 0)))
 (let ((?x3863 (ite z3_150 1 0)))
 (let ((?x3862 (ite z2_150 1 0)))
 (let ((?x3861 (ite z1_150 (- 1) 0)))
 (= (+ ?x3861 ?x3862 ?x3863 ?x3864 ?x3865 (* (- 1) q_150)) 0)))))))
(assert
 (not (and z1_151 z2_151)))
(assert
 (not (and z1_151 z3_151)))
(assert
 (not (and z1_151 z4_151)))
(assert
 (not (and z1_151 z5_151)))
(assert
 (not (and z2_151 z3_151)))
(assert
 (not (and z2_151 z4_151)))
(assert
 (not (and z2_151 z5_151)))
(assert
 (not (and z3_151 z4_151)))
(assert
 (not (and z3_151 z5_151)))
(assert
 (not (and z4_151 z5_151)))
(assert
 (let ((?x3903 (ite z5_151 1 0)))
 (let ((?x3902 (ite z4_151 (- 1) 0)))
 (let ((?x3901 (ite z3_151 1 0)))
 (let ((?x3900 (ite z2_151 1 0)))
 (let ((?x3899 (ite z1_151 1 0)))
 (= (+ ?x3899 ?x3900 ?x3901 ?x3902 ?x3903 (* (- 1) q_151)) 0)))))))
(assert
 (not (and z1_152 z2_152)))
(assert
 (not (and z1_152 z3_152)))
(assert
 (not (and z1_152 z4_152)))
(assert
 (not (and z1_152 z5_152)))
(assert
 (not (and z2_152 z3_152)))
(assert
 (not (and z2_152 z4_152)))
(assert
 (not (and z2_152 z5_152)))
(assert
 (not (and z3_152 z4_152)))
(assert
 (not (and z3_152 z5_152)))
(assert
 (not (and z4_152 z5_152)))
(assert
 (let ((?x3941 (ite z5_152 1 0)))
 (let ((?x3940 (ite z4_152 1 0)))
 (let ((?x3939 (ite z3_152 (- 1) 0)))
 (let ((?x3938 (ite z2_152 (- 1) 0)))
 (let ((?x3937 (ite z1_152 (- 1) 0)))
 (= (+ ?x3937 ?x3938 ?x3939 ?x3940 ?x3941 (* (- 1) q_152)) 0)))))))
(assert
 (not (and z1_153 z2_153)))
(assert
 (not (and z1_153 z3_153)))
(assert
 (not (and z1_153 z4_153)))
(assert
 (not (and z1_153 z5_153)))
(assert
 (not (and z2_153 z3_153)))
(assert
 (not (and z2_153 z4_153)))
(assert
 (not (and z2_153 z5_153)))
(assert
 (not (and z3_153 z4_153)))
(assert
 (not (and z3_153 z5_153)))
(assert
 (not (and z4_153 z5_153)))
(assert
 (let ((?x3979 (ite z5_153 1 0)))
 (let ((?x3978 (ite z4_153 1 0)))
 (let ((?x3977 (ite z3_153 (- 1) 0)))
 (let ((?x3976 (ite z2_153 (- 1) 0)))
 (let ((?x3975 (ite z1_153 1 0)))
 (= (+ ?x3975 ?x3976 ?x3977 ?x3978 ?x3979 (* (- 1) q_153)) 0)))))))
(assert
 (not (and z1_154 z2_154)))
(assert
 (not (and z1_154 z3_154)))
(assert
 (not (and z1_154 z4_154)))
(assert
 (not (and z1_154 z5_154)))
(assert
 (not (and z2_154 z3_154)))
(assert
 (not (and z2_154 z4_154)))
(assert
 (not (and z2_154 z5_154)))
(assert
 (not (and z3_154 z4_154)))
(assert
 (not (and z3_154 z5_154)))
(assert
 (not (and z4_154 z5_154)))
(assert
 (let ((?x4017 (ite z5_154 1 0)))
 (let ((?x4016 (ite z4_154 1 0)))
 (let ((?x4015 (ite z3_154 (- 1) 0)))
 (let ((?x4014 (ite z2_154 1 0)))
 (let ((?x4013 (ite z1_154 (- 1) 0)))
 (= (+ ?x4013 ?x4014 ?x4015 ?x4016 ?x4017 (* (- 1) q_154)) 0)))))))
(assert
 (not (and z1_155 z2_155)))
(assert
 (not (and z1_155 z3_155)))
(assert
 (not (and z1_155 z4_155)))
(assert
 (not (and z1_155 z5_155)))
(assert
 (not (and z2_155 z3_155)))
(assert
 (not (and z2_155 z4_155)))
(assert
 (not (and z2_155 z5_155)))
(assert
 (not (and z3_155 z4_155)))
(assert
 (not (and z3_155 z5_155)))
(assert
 (not (and z4_155 z5_155)))
(assert
 (let ((?x4055 (ite z5_155 1 0)))
 (let ((?x4054 (ite z4_155 1 0)))
 (let ((?x4053 (ite z3_155 (- 1) 0)))
 (let ((?x4052 (ite z2_155 1 0)))
 (let ((?x4051 (ite z1_155 1 0)))
 (= (+ ?x4051 ?x4052 ?x4053 ?x4054 ?x4055 (* (- 1) q_155)) 0)))))))
(assert
 (not (and z1_156 z2_156)))
(assert
 (not (and z1_156 z3_156)))
(assert
 (not (and z1_156 z4_156)))
(assert
 (not (and z1_156 z5_156)))
(assert
 (not (and z2_156 z3_156)))
(assert
 (not (and z2_156 z4_156)))
(assert
 (not (and z2_156 z5_156)))
(assert
 (not (and z3_156 z4_156)))
(assert
 (not (and z3_156 z5_156)))
(assert
 (not (and z4_156 z5_156)))
(assert
 (let ((?x4093 (ite z5_156 1 0)))
 (let ((?x4092 (ite z4_156 1 0)))
 (let ((?x4091 (ite z3_156 1 0)))
 (let ((?x4090 (ite z2_156 (- 1) 0)))
 (let ((?x4089 (ite z1_156 (- 1) 0)))
 (= (+ ?x4089 ?x4090 ?x4091 ?x4092 ?x4093 (* (- 1) q_156)) 0)))))))
(assert
 (not (and z1_157 z2_157)))
(assert
 (not (and z1_157 z3_157)))
(assert
 (not (and z1_157 z4_157)))
(assert
 (not (and z1_157 z5_157)))
(assert
 (not (and z2_157 z3_157)))
(assert
 (not (and z2_157 z4_157)))
(assert
 (not (and z2_157 z5_157)))
(assert
 (not (and z3_157 z4_157)))
(assert
 (not (and z3_157 z5_157)))
(assert
 (not (and z4_157 z5_157)))
(assert
 (let ((?x4131 (ite z5_157 1 0)))
 (let ((?x4130 (ite z4_157 1 0)))
 (let ((?x4129 (ite z3_157 1 0)))
 (let ((?x4128 (ite z2_157 (- 1) 0)))
 (let ((?x4127 (ite z1_157 1 0)))
 (= (+ ?x4127 ?x4128 ?x4129 ?x4130 ?x4131 (* (- 1) q_157)) 0)))))))
(assert
 (not (and z1_158 z2_158)))
(assert
 (not (and z1_158 z3_158)))
(assert
 (not (and z1_158 z4_158)))
(assert
 (not (and z1_158 z5_158)))
(assert
 (not (and z2_158 z3_158)))
(assert
 (not (and z2_158 z4_158)))
(assert
 (not (and z2_158 z5_158)))
(assert
 (not (and z3_158 z4_158)))
(assert
 (not (and z3_158 z5_158)))
(assert
 (not (and z4_158 z5_158)))
(assert
 (let ((?x4169 (ite z5_158 1 0)))
 (let ((?x4168 (ite z4_158 1 0)))
 (let ((?x4167 (ite z3_158 1 0)))
 (let ((?x4166 (ite z2_158 1 0)))
 (let ((?x4165 (ite z1_158 (- 1) 0)))
 (= (+ ?x4165 ?x4166 ?x4167 ?x4168 ?x4169 (* (- 1) q_158)) 0)))))))
(assert
 (not (and z1_159 z2_159)))
(assert
 (not (and z1_159 z3_159)))
(assert
 (not (and z1_159 z4_159)))
(assert
 (not (and z1_159 z5_159)))
(assert
 (not (and z2_159 z3_159)))
(assert
 (not (and z2_159 z4_159)))
(assert
 (not (and z2_159 z5_159)))
(assert
 (not (and z3_159 z4_159)))
(assert
 (not (and z3_159 z5_159)))
(assert
 (not (and z4_159 z5_159)))
(assert
 (let ((?x4207 (ite z5_159 1 0)))
 (let ((?x4206 (ite z4_159 1 0)))
 (let ((?x4205 (ite z3_159 1 0)))
 (let ((?x4204 (ite z2_159 1 0)))
 (let ((?x4203 (ite z1_159 1 0)))
 (= (+ ?x4203 ?x4204 ?x4205 ?x4206 ?x4207 (* (- 1) q_159)) 0)))))))
(assert
 (not (and z1_160 z2_160)))
(assert
 (not (and z1_160 z3_160)))
(assert
 (not (and z1_160 z4_160)))
(assert
 (not (and z1_160 z5_160)))
(assert
 (not (and z2_160 z3_160)))
(assert
 (not (and z2_160 z4_160)))
(assert
 (not (and z2_160 z5_160)))
(assert
 (not (and z3_160 z4_160)))
(assert
 (not (and z3_160 z5_160)))
(assert
 (not (and z4_160 z5_160)))
(assert
 (= (+ (ite z1_160 1 0) (* (- 1) q_160)) 1))
(assert
 (not (and z1_161 z2_161)))
(assert
 (not (and z1_161 z3_161)))
(assert
 (not (and z1_161 z4_161)))
(assert
 (not (and z1_161 z5_161)))
(assert
 (not (and z2_161 z3_161)))
(assert
 (not (and z2_161 z4_161)))
(assert
 (not (and z2_161 z5_161)))
(assert
 (not (and z3_161 z4_161)))
(assert
 (not (and z3_161 z5_161)))
(assert
 (not (and z4_161 z5_161)))
(assert
 (let ((?x4284 (ite z5_161 (- 2) 0)))
 (let ((?x4283 (ite z4_161 (- 2) 0)))
 (let ((?x4282 (ite z3_161 (- 2) 0)))
 (let ((?x4281 (ite z2_161 (- 2) 0)))
 (let ((?x4280 (ite z1_161 (- 1) 0)))
 (= (+ ?x4280 ?x4281 ?x4282 ?x4283 ?x4284 (* (- 1) q_161)) (- 1))))))))
(assert
 (not (and z1_162 z2_162)))
(assert
 (not (and z1_162 z3_162)))
(assert
 (not (and z1_162 z4_162)))
(assert
 (not (and z1_162 z5_162)))
(assert
 (not (and z2_162 z3_162)))
(assert
 (not (and z2_162 z4_162)))
(assert
 (not (and z2_162 z5_162)))
(assert
 (not (and z3_162 z4_162)))
(assert
 (not (and z3_162 z5_162)))
(assert
 (not (and z4_162 z5_162)))
(assert
 (let ((?x4320 (ite z2_162 2 0)))
 (let ((?x4319 (ite z1_162 1 0)))
 (= (+ ?x4319 ?x4320 (* (- 1) q_162)) 1))))
(assert
 (not (and z1_163 z2_163)))
(assert
 (not (and z1_163 z3_163)))
(assert
 (not (and z1_163 z4_163)))
(assert
 (not (and z1_163 z5_163)))
(assert
 (not (and z2_163 z3_163)))
(assert
 (not (and z2_163 z4_163)))
(assert
 (not (and z2_163 z5_163)))
(assert
 (not (and z3_163 z4_163)))
(assert
 (not (and z3_163 z5_163)))
(assert
 (not (and z4_163 z5_163)))
(assert
 (let ((?x4362 (ite z5_163 (- 2) 0)))
 (let ((?x4361 (ite z4_163 (- 2) 0)))
 (let ((?x4360 (ite z3_163 (- 2) 0)))
 (let ((?x4358 (ite z1_163 (- 1) 0)))
 (= (+ ?x4358 ?x4360 ?x4361 ?x4362 (* (- 1) q_163)) (- 1)))))))
(assert
 (not (and z1_164 z2_164)))
(assert
 (not (and z1_164 z3_164)))
(assert
 (not (and z1_164 z4_164)))
(assert
 (not (and z1_164 z5_164)))
(assert
 (not (and z2_164 z3_164)))
(assert
 (not (and z2_164 z4_164)))
(assert
 (not (and z2_164 z5_164)))
(assert
 (not (and z3_164 z4_164)))
(assert
 (not (and z3_164 z5_164)))
(assert
 (not (and z4_164 z5_164)))
(assert
 (let ((?x4399 (ite z3_164 2 0)))
 (let ((?x4397 (ite z1_164 1 0)))
 (= (+ ?x4397 ?x4399 (* (- 1) q_164)) 1))))
(assert
 (not (and z1_165 z2_165)))
(assert
 (not (and z1_165 z3_165)))
(assert
 (not (and z1_165 z4_165)))
(assert
 (not (and z1_165 z5_165)))
(assert
 (not (and z2_165 z3_165)))
(assert
 (not (and z2_165 z4_165)))
(assert
 (not (and z2_165 z5_165)))
(assert
 (not (and z3_165 z4_165)))
(assert
 (not (and z3_165 z5_165)))
(assert
 (not (and z4_165 z5_165)))
(assert
 (let ((?x4440 (ite z5_165 (- 2) 0)))
 (let ((?x4439 (ite z4_165 (- 2) 0)))
 (let ((?x4437 (ite z2_165 (- 2) 0)))
 (let ((?x4436 (ite z1_165 (- 1) 0)))
 (= (+ ?x4436 ?x4437 ?x4439 ?x4440 (* (- 1) q_165)) (- 1)))))))
(assert
 (not (and z1_166 z2_166)))
(assert
 (not (and z1_166 z3_166)))
(assert
 (not (and z1_166 z4_166)))
(assert
 (not (and z1_166 z5_166)))
(assert
 (not (and z2_166 z3_166)))
(assert
 (not (and z2_166 z4_166)))
(assert
 (not (and z2_166 z5_166)))
(assert
 (not (and z3_166 z4_166)))
(assert
 (not (and z3_166 z5_166)))
(assert
 (not (and z4_166 z5_166)))
(assert
 (let ((?x4477 (ite z3_166 2 0)))
 (let ((?x4476 (ite z2_166 2 0)))
 (let ((?x4475 (ite z1_166 1 0)))
 (= (+ ?x4475 ?x4476 ?x4477 (* (- 1) q_166)) 1)))))
(assert
 (not (and z1_167 z2_167)))
(assert
 (not (and z1_167 z3_167)))
(assert
 (not (and z1_167 z4_167)))
(assert
 (not (and z1_167 z5_167)))
(assert
 (not (and z2_167 z3_167)))
(assert
 (not (and z2_167 z4_167)))
(assert
 (not (and z2_167 z5_167)))
(assert
 (not (and z3_167 z4_167)))
(assert
 (not (and z3_167 z5_167)))
(assert
 (not (and z4_167 z5_167)))
(assert
 (let ((?x4518 (ite z5_167 (- 2) 0)))
 (let ((?x4517 (ite z4_167 (- 2) 0)))
 (let ((?x4514 (ite z1_167 (- 1) 0)))
 (= (+ ?x4514 ?x4517 ?x4518 (* (- 1) q_167)) (- 1))))))
(assert
 (not (and z1_168 z2_168)))
(assert
 (not (and z1_168 z3_168)))
(assert
 (not (and z1_168 z4_168)))
(assert
 (not (and z1_168 z5_168)))
(assert
 (not (and z2_168 z3_168)))
(assert
 (not (and z2_168 z4_168)))
(assert
 (not (and z2_168 z5_168)))
(assert
 (not (and z3_168 z4_168)))
(assert
 (not (and z3_168 z5_168)))
(assert
 (not (and z4_168 z5_168)))
(assert
 (let ((?x4556 (ite z4_168 2 0)))
 (let ((?x4553 (ite z1_168 1 0)))
 (= (+ ?x4553 ?x4556 (* (- 1) q_168)) 1))))
(assert
 (not (and z1_169 z2_169)))
(assert
 (not (and z1_169 z3_169)))
(assert
 (not (and z1_169 z4_169)))
(assert
 (not (and z1_169 z5_169)))
(assert
 (not (and z2_169 z3_169)))
(assert
 (not (and z2_169 z4_169)))
(assert
 (not (and z2_169 z5_169)))
(assert
 (not (and z3_169 z4_169)))
(assert
 (not (and z3_169 z5_169)))
(assert
 (not (and z4_169 z5_169)))
(assert
 (let ((?x4596 (ite z5_169 (- 2) 0)))
 (let ((?x4594 (ite z3_169 (- 2) 0)))
 (let ((?x4593 (ite z2_169 (- 2) 0)))
 (let ((?x4592 (ite z1_169 (- 1) 0)))
 (= (+ ?x4592 ?x4593 ?x4594 ?x4596 (* (- 1) q_169)) (- 1)))))))
(assert
 (not (and z1_170 z2_170)))
(assert
 (not (and z1_170 z3_170)))
(assert
 (not (and z1_170 z4_170)))
(assert
 (not (and z1_170 z5_170)))
(assert
 (not (and z2_170 z3_170)))
(assert
 (not (and z2_170 z4_170)))
(assert
 (not (and z2_170 z5_170)))
(assert
 (not (and z3_170 z4_170)))
(assert
 (not (and z3_170 z5_170)))
(assert
 (not (and z4_170 z5_170)))
(assert
 (let ((?x4634 (ite z4_170 2 0)))
 (let ((?x4632 (ite z2_170 2 0)))
 (let ((?x4631 (ite z1_170 1 0)))
 (= (+ ?x4631 ?x4632 ?x4634 (* (- 1) q_170)) 1)))))
(assert
 (not (and z1_171 z2_171)))
(assert
 (not (and z1_171 z3_171)))
(assert
 (not (and z1_171 z4_171)))
(assert
 (not (and z1_171 z5_171)))
(assert
 (not (and z2_171 z3_171)))
(assert
 (not (and z2_171 z4_171)))
(assert
 (not (and z2_171 z5_171)))
(assert
 (not (and z3_171 z4_171)))
(assert
 (not (and z3_171 z5_171)))
(assert
 (not (and z4_171 z5_171)))
(assert
 (let ((?x4674 (ite z5_171 (- 2) 0)))
 (let ((?x4672 (ite z3_171 (- 2) 0)))
 (let ((?x4670 (ite z1_171 (- 1) 0)))
 (= (+ ?x4670 ?x4672 ?x4674 (* (- 1) q_171)) (- 1))))))
(assert
 (not (and z1_172 z2_172)))
(assert
 (not (and z1_172 z3_172)))
(assert
 (not (and z1_172 z4_172)))
(assert
 (not (and z1_172 z5_172)))
(assert
 (not (and z2_172 z3_172)))
(assert
 (not (and z2_172 z4_172)))
(assert
 (not (and z2_172 z5_172)))
(assert
 (not (and z3_172 z4_172)))
(assert
 (not (and z3_172 z5_172)))
(assert
 (not (and z4_172 z5_172)))
(assert
 (let ((?x4712 (ite z4_172 2 0)))
 (let ((?x4711 (ite z3_172 2 0)))
 (let ((?x4709 (ite z1_172 1 0)))
 (= (+ ?x4709 ?x4711 ?x4712 (* (- 1) q_172)) 1)))))
(assert
 (not (and z1_173 z2_173)))
(assert
 (not (and z1_173 z3_173)))
(assert
 (not (and z1_173 z4_173)))
(assert
 (not (and z1_173 z5_173)))
(assert
 (not (and z2_173 z3_173)))
(assert
 (not (and z2_173 z4_173)))
(assert
 (not (and z2_173 z5_173)))
(assert
 (not (and z3_173 z4_173)))
(assert
 (not (and z3_173 z5_173)))
(assert
 (not (and z4_173 z5_173)))
(assert
 (let ((?x4752 (ite z5_173 (- 2) 0)))
 (let ((?x4749 (ite z2_173 (- 2) 0)))
 (let ((?x4748 (ite z1_173 (- 1) 0)))
 (= (+ ?x4748 ?x4749 ?x4752 (* (- 1) q_173)) (- 1))))))
(assert
 (not (and z1_174 z2_174)))
(assert
 (not (and z1_174 z3_174)))
(assert
 (not (and z1_174 z4_174)))
(assert
 (not (and z1_174 z5_174)))
(assert
 (not (and z2_174 z3_174)))
(assert
 (not (and z2_174 z4_174)))
(assert
 (not (and z2_174 z5_174)))
(assert
 (not (and z3_174 z4_174)))
(assert
 (not (and z3_174 z5_174)))
(assert
 (not (and z4_174 z5_174)))
(assert
 (let ((?x4790 (ite z4_174 2 0)))
 (let ((?x4789 (ite z3_174 2 0)))
 (let ((?x4788 (ite z2_174 2 0)))
 (let ((?x4787 (ite z1_174 1 0)))
 (= (+ ?x4787 ?x4788 ?x4789 ?x4790 (* (- 1) q_174)) 1))))))
(assert
 (not (and z1_175 z2_175)))
(assert
 (not (and z1_175 z3_175)))
(assert
 (not (and z1_175 z4_175)))
(assert
 (not (and z1_175 z5_175)))
(assert
 (not (and z2_175 z3_175)))
(assert
 (not (and z2_175 z4_175)))
(assert
 (not (and z2_175 z5_175)))
(assert
 (not (and z3_175 z4_175)))
(assert
 (not (and z3_175 z5_175)))
(assert
 (not (and z4_175 z5_175)))
(assert
 (let ((?x4830 (ite z5_175 (- 2) 0)))
 (let ((?x4826 (ite z1_175 (- 1) 0)))
 (= (+ ?x4826 ?x4830 (* (- 1) q_175)) (- 1)))))
(assert
 (not (and z1_176 z2_176)))
(assert
 (not (and z1_176 z3_176)))
(assert
 (not (and z1_176 z4_176)))
(assert
 (not (and z1_176 z5_176)))
(assert
 (not (and z2_176 z3_176)))
(assert
 (not (and z2_176 z4_176)))
(assert
 (not (and z2_176 z5_176)))
(assert
 (not (and z3_176 z4_176)))
(assert
 (not (and z3_176 z5_176)))
(assert
 (not (and z4_176 z5_176)))
(assert
 (let ((?x4869 (ite z5_176 2 0)))
 (let ((?x4865 (ite z1_176 1 0)))
 (= (+ ?x4865 ?x4869 (* (- 1) q_176)) 1))))
(assert
 (not (and z1_177 z2_177)))
(assert
 (not (and z1_177 z3_177)))
(assert
 (not (and z1_177 z4_177)))
(assert
 (not (and z1_177 z5_177)))
(assert
 (not (and z2_177 z3_177)))
(assert
 (not (and z2_177 z4_177)))
(assert
 (not (and z2_177 z5_177)))
(assert
 (not (and z3_177 z4_177)))
(assert
 (not (and z3_177 z5_177)))
(assert
 (not (and z4_177 z5_177)))
(assert
 (let ((?x4907 (ite z4_177 (- 2) 0)))
 (let ((?x4906 (ite z3_177 (- 2) 0)))
 (let ((?x4905 (ite z2_177 (- 2) 0)))
 (let ((?x4904 (ite z1_177 (- 1) 0)))
 (= (+ ?x4904 ?x4905 ?x4906 ?x4907 (* (- 1) q_177)) (- 1)))))))
(assert
 (not (and z1_178 z2_178)))
(assert
 (not (and z1_178 z3_178)))
(assert
 (not (and z1_178 z4_178)))
(assert
 (not (and z1_178 z5_178)))
(assert
 (not (and z2_178 z3_178)))
(assert
 (not (and z2_178 z4_178)))
(assert
 (not (and z2_178 z5_178)))
(assert
 (not (and z3_178 z4_178)))
(assert
 (not (and z3_178 z5_178)))
(assert
 (not (and z4_178 z5_178)))
(assert
 (let ((?x4947 (ite z5_178 2 0)))
 (let ((?x4944 (ite z2_178 2 0)))
 (let ((?x4943 (ite z1_178 1 0)))
 (= (+ ?x4943 ?x4944 ?x4947 (* (- 1) q_178)) 1)))))
(assert
 (not (and z1_179 z2_179)))
(assert
 (not (and z1_179 z3_179)))
(assert
 (not (and z1_179 z4_179)))
(assert
 (not (and z1_179 z5_179)))
(assert
 (not (and z2_179 z3_179)))
(assert
 (not (and z2_179 z4_179)))
(assert
 (not (and z2_179 z5_179)))
(assert
 (not (and z3_179 z4_179)))
(assert
 (not (and z3_179 z5_179)))
(assert
 (not (and z4_179 z5_179)))
(assert
 (let ((?x4985 (ite z4_179 (- 2) 0)))
 (let ((?x4984 (ite z3_179 (- 2) 0)))
 (let ((?x4982 (ite z1_179 (- 1) 0)))
 (= (+ ?x4982 ?x4984 ?x4985 (* (- 1) q_179)) (- 1))))))
(assert
 (not (and z1_180 z2_180)))
(assert
 (not (and z1_180 z3_180)))
(assert
 (not (and z1_180 z4_180)))
(assert
 (not (and z1_180 z5_180)))
(assert
 (not (and z2_180 z3_180)))
(assert
 (not (and z2_180 z4_180)))
(assert
 (not (and z2_180 z5_180)))
(assert
 (not (and z3_180 z4_180)))
(assert
 (not (and z3_180 z5_180)))
(assert
 (not (and z4_180 z5_180)))
(assert
 (let ((?x5025 (ite z5_180 2 0)))
 (let ((?x5023 (ite z3_180 2 0)))
 (let ((?x5021 (ite z1_180 1 0)))
 (= (+ ?x5021 ?x5023 ?x5025 (* (- 1) q_180)) 1)))))
(assert
 (not (and z1_181 z2_181)))
(assert
 (not (and z1_181 z3_181)))
(assert
 (not (and z1_181 z4_181)))
(assert
 (not (and z1_181 z5_181)))
(assert
 (not (and z2_181 z3_181)))
(assert
 (not (and z2_181 z4_181)))
(assert
 (not (and z2_181 z5_181)))
(assert
 (not (and z3_181 z4_181)))
(assert
 (not (and z3_181 z5_181)))
(assert
 (not (and z4_181 z5_181)))
(assert
 (let ((?x5063 (ite z4_181 (- 2) 0)))
 (let ((?x5061 (ite z2_181 (- 2) 0)))
 (let ((?x5060 (ite z1_181 (- 1) 0)))
 (= (+ ?x5060 ?x5061 ?x5063 (* (- 1) q_181)) (- 1))))))
(assert
 (not (and z1_182 z2_182)))
(assert
 (not (and z1_182 z3_182)))
(assert
 (not (and z1_182 z4_182)))
(assert
 (not (and z1_182 z5_182)))
(assert
 (not (and z2_182 z3_182)))
(assert
 (not (and z2_182 z4_182)))
(assert
 (not (and z2_182 z5_182)))
(assert
 (not (and z3_182 z4_182)))
(assert
 (not (and z3_182 z5_182)))
(assert
 (not (and z4_182 z5_182)))
(assert
 (let ((?x5103 (ite z5_182 2 0)))
 (let ((?x5101 (ite z3_182 2 0)))
 (let ((?x5100 (ite z2_182 2 0)))
 (let ((?x5099 (ite z1_182 1 0)))
 (= (+ ?x5099 ?x5100 ?x5101 ?x5103 (* (- 1) q_182)) 1))))))
(assert
 (not (and z1_183 z2_183)))
(assert
 (not (and z1_183 z3_183)))
(assert
 (not (and z1_183 z4_183)))
(assert
 (not (and z1_183 z5_183)))
(assert
 (not (and z2_183 z3_183)))
(assert
 (not (and z2_183 z4_183)))
(assert
 (not (and z2_183 z5_183)))
(assert
 (not (and z3_183 z4_183)))
(assert
 (not (and z3_183 z5_183)))
(assert
 (not (and z4_183 z5_183)))
(assert
 (let ((?x5141 (ite z4_183 (- 2) 0)))
 (let ((?x5138 (ite z1_183 (- 1) 0)))
 (= (+ ?x5138 ?x5141 (* (- 1) q_183)) (- 1)))))
(assert
 (not (and z1_184 z2_184)))
(assert
 (not (and z1_184 z3_184)))
(assert
 (not (and z1_184 z4_184)))
(assert
 (not (and z1_184 z5_184)))
(assert
 (not (and z2_184 z3_184)))
(assert
 (not (and z2_184 z4_184)))
(assert
 (not (and z2_184 z5_184)))
(assert
 (not (and z3_184 z4_184)))
(assert
 (not (and z3_184 z5_184)))
(assert
 (not (and z4_184 z5_184)))
(assert
 (let ((?x5181 (ite z5_184 2 0)))
 (let ((?x5180 (ite z4_184 2 0)))
 (let ((?x5177 (ite z1_184 1 0)))
 (= (+ ?x5177 ?x5180 ?x5181 (* (- 1) q_184)) 1)))))
(assert
 (not (and z1_185 z2_185)))
(assert
 (not (and z1_185 z3_185)))
(assert
 (not (and z1_185 z4_185)))
(assert
 (not (and z1_185 z5_185)))
(assert
 (not (and z2_185 z3_185)))
(assert
 (not (and z2_185 z4_185)))
(assert
 (not (and z2_185 z5_185)))
(assert
 (not (and z3_185 z4_185)))
(assert
 (not (and z3_185 z5_185)))
(assert
 (not (and z4_185 z5_185)))
(assert
 (let ((?x5218 (ite z3_185 (- 2) 0)))
 (let ((?x5217 (ite z2_185 (- 2) 0)))
 (let ((?x5216 (ite z1_185 (- 1) 0)))
 (= (+ ?x5216 ?x5217 ?x5218 (* (- 1) q_185)) (- 1))))))
(assert
 (not (and z1_186 z2_186)))
(assert
 (not (and z1_186 z3_186)))
(assert
 (not (and z1_186 z4_186)))
(assert
 (not (and z1_186 z5_186)))
(assert
 (not (and z2_186 z3_186)))
(assert
 (not (and z2_186 z4_186)))
(assert
 (not (and z2_186 z5_186)))
(assert
 (not (and z3_186 z4_186)))
(assert
 (not (and z3_186 z5_186)))
(assert
 (not (and z4_186 z5_186)))
(assert
 (let ((?x5259 (ite z5_186 2 0)))
 (let ((?x5258 (ite z4_186 2 0)))
 (let ((?x5256 (ite z2_186 2 0)))
 (let ((?x5255 (ite z1_186 1 0)))
 (= (+ ?x5255 ?x5256 ?x5258 ?x5259 (* (- 1) q_186)) 1))))))
(assert
 (not (and z1_187 z2_187)))
(assert
 (not (and z1_187 z3_187)))
(assert
 (not (and z1_187 z4_187)))
(assert
 (not (and z1_187 z5_187)))
(assert
 (not (and z2_187 z3_187)))
(assert
 (not (and z2_187 z4_187)))
(assert
 (not (and z2_187 z5_187)))
(assert
 (not (and z3_187 z4_187)))
(assert
 (not (and z3_187 z5_187)))
(assert
 (not (and z4_187 z5_187)))
(assert
 (let ((?x5296 (ite z3_187 (- 2) 0)))
 (let ((?x5294 (ite z1_187 (- 1) 0)))
 (= (+ ?x5294 ?x5296 (* (- 1) q_187)) (- 1)))))
(assert
 (not (and z1_188 z2_188)))
(assert
 (not (and z1_188 z3_188)))
(assert
 (not (and z1_188 z4_188)))
(assert
 (not (and z1_188 z5_188)))
(assert
 (not (and z2_188 z3_188)))
(assert
 (not (and z2_188 z4_188)))
(assert
 (not (and z2_188 z5_188)))
(assert
 (not (and z3_188 z4_188)))
(assert
 (not (and z3_188 z5_188)))
(assert
 (not (and z4_188 z5_188)))
(assert
 (let ((?x5337 (ite z5_188 2 0)))
 (let ((?x5336 (ite z4_188 2 0)))
 (let ((?x5335 (ite z3_188 2 0)))
 (let ((?x5333 (ite z1_188 1 0)))
 (= (+ ?x5333 ?x5335 ?x5336 ?x5337 (* (- 1) q_188)) 1))))))
(assert
 (not (and z1_189 z2_189)))
(assert
 (not (and z1_189 z3_189)))
(assert
 (not (and z1_189 z4_189)))
(assert
 (not (and z1_189 z5_189)))
(assert
 (not (and z2_189 z3_189)))
(assert
 (not (and z2_189 z4_189)))
(assert
 (not (and z2_189 z5_189)))
(assert
 (not (and z3_189 z4_189)))
(assert
 (not (and z3_189 z5_189)))
(assert
 (not (and z4_189 z5_189)))
(assert
 (let ((?x5373 (ite z2_189 (- 2) 0)))
 (let ((?x5372 (ite z1_189 (- 1) 0)))
 (= (+ ?x5372 ?x5373 (* (- 1) q_189)) (- 1)))))
(assert
 (not (and z1_190 z2_190)))
(assert
 (not (and z1_190 z3_190)))
(assert
 (not (and z1_190 z4_190)))
(assert
 (not (and z1_190 z5_190)))
(assert
 (not (and z2_190 z3_190)))
(assert
 (not (and z2_190 z4_190)))
(assert
 (not (and z2_190 z5_190)))
(assert
 (not (and z3_190 z4_190)))
(assert
 (not (and z3_190 z5_190)))
(assert
 (not (and z4_190 z5_190)))
(assert
 (let ((?x5415 (ite z5_190 2 0)))
 (let ((?x5414 (ite z4_190 2 0)))
 (let ((?x5413 (ite z3_190 2 0)))
 (let ((?x5412 (ite z2_190 2 0)))
 (let ((?x5411 (ite z1_190 1 0)))
 (= (+ ?x5411 ?x5412 ?x5413 ?x5414 ?x5415 (* (- 1) q_190)) 1)))))))
(assert
 (not (and z1_191 z2_191)))
(assert
 (not (and z1_191 z3_191)))
(assert
 (not (and z1_191 z4_191)))
(assert
 (not (and z1_191 z5_191)))
(assert
 (not (and z2_191 z3_191)))
(assert
 (not (and z2_191 z4_191)))
(assert
 (not (and z2_191 z5_191)))
(assert
 (not (and z3_191 z4_191)))
(assert
 (not (and z3_191 z5_191)))
(assert
 (not (and z4_191 z5_191)))
(assert
 (= (+ (ite z1_191 (- 1) 0) (* (- 1) q_191)) (- 1)))
(assert
 (not (and z1_192 z2_192)))
(assert
 (not (and z1_192 z3_192)))
(assert
 (not (and z1_192 z4_192)))
(assert
 (not (and z1_192 z5_192)))
(assert
 (not (and z2_192 z3_192)))
(assert
 (not (and z2_192 z4_192)))
(assert
 (not (and z2_192 z5_192)))
(assert
 (not (and z3_192 z4_192)))
(assert
 (not (and z3_192 z5_192)))
(assert
 (not (and z4_192 z5_192)))
(assert
 (= (+ (ite z2_192 1 0) (* (- 1) q_192)) 1))
(assert
 (not (and z1_193 z2_193)))
(assert
 (not (and z1_193 z3_193)))
(assert
 (not (and z1_193 z4_193)))
(assert
 (not (and z1_193 z5_193)))
(assert
 (not (and z2_193 z3_193)))
(assert
 (not (and z2_193 z4_193)))
(assert
 (not (and z2_193 z5_193)))
(assert
 (not (and z3_193 z4_193)))
(assert
 (not (and z3_193 z5_193)))
(assert
 (not (and z4_193 z5_193)))
(assert
 (let ((?x5532 (ite z5_193 (- 2) 0)))
 (let ((?x5531 (ite z4_193 (- 2) 0)))
 (let ((?x5530 (ite z3_193 (- 2) 0)))
 (let ((?x5529 (ite z2_193 (- 1) 0)))
 (let ((?x5528 (ite z1_193 (- 2) 0)))
 (= (+ ?x5528 ?x5529 ?x5530 ?x5531 ?x5532 (* (- 1) q_193)) (- 1))))))))
(assert
 (not (and z1_194 z2_194)))
(assert
 (not (and z1_194 z3_194)))
(assert
 (not (and z1_194 z4_194)))
(assert
 (not (and z1_194 z5_194)))
(assert
 (not (and z2_194 z3_194)))
(assert
 (not (and z2_194 z4_194)))
(assert
 (not (and z2_194 z5_194)))
(assert
 (not (and z3_194 z4_194)))
(assert
 (not (and z3_194 z5_194)))
(assert
 (not (and z4_194 z5_194)))
(assert
 (let ((?x5568 (ite z2_194 1 0)))
 (let ((?x5567 (ite z1_194 2 0)))
 (= (+ ?x5567 ?x5568 (* (- 1) q_194)) 1))))
(assert
 (not (and z1_195 z2_195)))
(assert
 (not (and z1_195 z3_195)))
(assert
 (not (and z1_195 z4_195)))
(assert
 (not (and z1_195 z5_195)))
(assert
 (not (and z2_195 z3_195)))
(assert
 (not (and z2_195 z4_195)))
(assert
 (not (and z2_195 z5_195)))
(assert
 (not (and z3_195 z4_195)))
(assert
 (not (and z3_195 z5_195)))
(assert
 (not (and z4_195 z5_195)))
(assert
 (let ((?x5610 (ite z5_195 (- 2) 0)))
 (let ((?x5609 (ite z4_195 (- 2) 0)))
 (let ((?x5608 (ite z3_195 (- 2) 0)))
 (let ((?x5607 (ite z2_195 (- 1) 0)))
 (= (+ ?x5607 ?x5608 ?x5609 ?x5610 (* (- 1) q_195)) (- 1)))))))
(assert
 (not (and z1_196 z2_196)))
(assert
 (not (and z1_196 z3_196)))
(assert
 (not (and z1_196 z4_196)))
(assert
 (not (and z1_196 z5_196)))
(assert
 (not (and z2_196 z3_196)))
(assert
 (not (and z2_196 z4_196)))
(assert
 (not (and z2_196 z5_196)))
(assert
 (not (and z3_196 z4_196)))
(assert
 (not (and z3_196 z5_196)))
(assert
 (not (and z4_196 z5_196)))
(assert
 (let ((?x5647 (ite z3_196 2 0)))
 (let ((?x5646 (ite z2_196 1 0)))
 (= (+ ?x5646 ?x5647 (* (- 1) q_196)) 1))))
(assert
 (not (and z1_197 z2_197)))
(assert
 (not (and z1_197 z3_197)))
(assert
 (not (and z1_197 z4_197)))
(assert
 (not (and z1_197 z5_197)))
(assert
 (not (and z2_197 z3_197)))
(assert
 (not (and z2_197 z4_197)))
(assert
 (not (and z2_197 z5_197)))
(assert
 (not (and z3_197 z4_197)))
(assert
 (not (and z3_197 z5_197)))
(assert
 (not (and z4_197 z5_197)))
(assert
 (let ((?x5688 (ite z5_197 (- 2) 0)))
 (let ((?x5687 (ite z4_197 (- 2) 0)))
 (let ((?x5685 (ite z2_197 (- 1) 0)))
 (let ((?x5684 (ite z1_197 (- 2) 0)))
 (= (+ ?x5684 ?x5685 ?x5687 ?x5688 (* (- 1) q_197)) (- 1)))))))
(assert
 (not (and z1_198 z2_198)))
(assert
 (not (and z1_198 z3_198)))
(assert
 (not (and z1_198 z4_198)))
(assert
 (not (and z1_198 z5_198)))
(assert
 (not (and z2_198 z3_198)))
(assert
 (not (and z2_198 z4_198)))
(assert
 (not (and z2_198 z5_198)))
(assert
 (not (and z3_198 z4_198)))
(assert
 (not (and z3_198 z5_198)))
(assert
 (not (and z4_198 z5_198)))
(assert
 (let ((?x5725 (ite z3_198 2 0)))
 (let ((?x5724 (ite z2_198 1 0)))
 (let ((?x5723 (ite z1_198 2 0)))
 (= (+ ?x5723 ?x5724 ?x5725 (* (- 1) q_198)) 1)))))
(assert
 (not (and z1_199 z2_199)))
(assert
 (not (and z1_199 z3_199)))
(assert
 (not (and z1_199 z4_199)))
(assert
 (not (and z1_199 z5_199)))
(assert
 (not (and z2_199 z3_199)))
(assert
 (not (and z2_199 z4_199)))
(assert
 (not (and z2_199 z5_199)))
(assert
 (not (and z3_199 z4_199)))
(assert
 (not (and z3_199 z5_199)))
(assert
 (not (and z4_199 z5_199)))
(assert
 (let ((?x5766 (ite z5_199 (- 2) 0)))
 (let ((?x5765 (ite z4_199 (- 2) 0)))
 (let ((?x5763 (ite z2_199 (- 1) 0)))
 (= (+ ?x5763 ?x5765 ?x5766 (* (- 1) q_199)) (- 1))))))
(assert
 (not (and z1_200 z2_200)))
(assert
 (not (and z1_200 z3_200)))
(assert
 (not (and z1_200 z4_200)))
(assert
 (not (and z1_200 z5_200)))
(assert
 (not (and z2_200 z3_200)))
(assert
 (not (and z2_200 z4_200)))
(assert
 (not (and z2_200 z5_200)))
(assert
 (not (and z3_200 z4_200)))
(assert
 (not (and z3_200 z5_200)))
(assert
 (not (and z4_200 z5_200)))
(assert
 (let ((?x5804 (ite z4_200 2 0)))
 (let ((?x5802 (ite z2_200 1 0)))
 (= (+ ?x5802 ?x5804 (* (- 1) q_200)) 1))))
(assert
 (not (and z1_201 z2_201)))
(assert
 (not (and z1_201 z3_201)))
(assert
 (not (and z1_201 z4_201)))
(assert
 (not (and z1_201 z5_201)))
(assert
 (not (and z2_201 z3_201)))
(assert
 (not (and z2_201 z4_201)))
(assert
 (not (and z2_201 z5_201)))
(assert
 (not (and z3_201 z4_201)))
(assert
 (not (and z3_201 z5_201)))
(assert
 (not (and z4_201 z5_201)))
(assert
 (let ((?x5844 (ite z5_201 (- 2) 0)))
 (let ((?x5842 (ite z3_201 (- 2) 0)))
 (let ((?x5841 (ite z2_201 (- 1) 0)))
 (let ((?x5840 (ite z1_201 (- 2) 0)))
 (= (+ ?x5840 ?x5841 ?x5842 ?x5844 (* (- 1) q_201)) (- 1)))))))
(assert
 (not (and z1_202 z2_202)))
(assert
 (not (and z1_202 z3_202)))
(assert
 (not (and z1_202 z4_202)))
(assert
 (not (and z1_202 z5_202)))
(assert
 (not (and z2_202 z3_202)))
(assert
 (not (and z2_202 z4_202)))
(assert
 (not (and z2_202 z5_202)))
(assert
 (not (and z3_202 z4_202)))
(assert
 (not (and z3_202 z5_202)))
(assert
 (not (and z4_202 z5_202)))
(assert
 (let ((?x5882 (ite z4_202 2 0)))
 (let ((?x5880 (ite z2_202 1 0)))
 (let ((?x5879 (ite z1_202 2 0)))
 (= (+ ?x5879 ?x5880 ?x5882 (* (- 1) q_202)) 1)))))
(assert
 (not (and z1_203 z2_203)))
(assert
 (not (and z1_203 z3_203)))
(assert
 (not (and z1_203 z4_203)))
(assert
 (not (and z1_203 z5_203)))
(assert
 (not (and z2_203 z3_203)))
(assert
 (not (and z2_203 z4_203)))
(assert
 (not (and z2_203 z5_203)))
(assert
 (not (and z3_203 z4_203)))
(assert
 (not (and z3_203 z5_203)))
(assert
 (not (and z4_203 z5_203)))
(assert
 (let ((?x5922 (ite z5_203 (- 2) 0)))
 (let ((?x5920 (ite z3_203 (- 2) 0)))
 (let ((?x5919 (ite z2_203 (- 1) 0)))
 (= (+ ?x5919 ?x5920 ?x5922 (* (- 1) q_203)) (- 1))))))
(assert
 (not (and z1_204 z2_204)))
(assert
 (not (and z1_204 z3_204)))
(assert
 (not (and z1_204 z4_204)))
(assert
 (not (and z1_204 z5_204)))
(assert
 (not (and z2_204 z3_204)))
(assert
 (not (and z2_204 z4_204)))
(assert
 (not (and z2_204 z5_204)))
(assert
 (not (and z3_204 z4_204)))
(assert
 (not (and z3_204 z5_204)))
(assert
 (not (and z4_204 z5_204)))
(assert
 (let ((?x5960 (ite z4_204 2 0)))
 (let ((?x5959 (ite z3_204 2 0)))
 (let ((?x5958 (ite z2_204 1 0)))
 (= (+ ?x5958 ?x5959 ?x5960 (* (- 1) q_204)) 1)))))
(assert
 (not (and z1_205 z2_205)))
(assert
 (not (and z1_205 z3_205)))
(assert
 (not (and z1_205 z4_205)))
(assert
 (not (and z1_205 z5_205)))
(assert
 (not (and z2_205 z3_205)))
(assert
 (not (and z2_205 z4_205)))
(assert
 (not (and z2_205 z5_205)))
(assert
 (not (and z3_205 z4_205)))
(assert
 (not (and z3_205 z5_205)))
(assert
 (not (and z4_205 z5_205)))
(assert
 (let ((?x6000 (ite z5_205 (- 2) 0)))
 (let ((?x5997 (ite z2_205 (- 1) 0)))
 (let ((?x5996 (ite z1_205 (- 2) 0)))
 (= (+ ?x5996 ?x5997 ?x6000 (* (- 1) q_205)) (- 1))))))
(assert
 (not (and z1_206 z2_206)))
(assert
 (not (and z1_206 z3_206)))
(assert
 (not (and z1_206 z4_206)))
(assert
 (not (and z1_206 z5_206)))
(assert
 (not (and z2_206 z3_206)))
(assert
 (not (and z2_206 z4_206)))
(assert
 (not (and z2_206 z5_206)))
(assert
 (not (and z3_206 z4_206)))
(assert
 (not (and z3_206 z5_206)))
(assert
 (not (and z4_206 z5_206)))
(assert
 (let ((?x6038 (ite z4_206 2 0)))
 (let ((?x6037 (ite z3_206 2 0)))
 (let ((?x6036 (ite z2_206 1 0)))
 (let ((?x6035 (ite z1_206 2 0)))
 (= (+ ?x6035 ?x6036 ?x6037 ?x6038 (* (- 1) q_206)) 1))))))
(assert
 (not (and z1_207 z2_207)))
(assert
 (not (and z1_207 z3_207)))
(assert
 (not (and z1_207 z4_207)))
(assert
 (not (and z1_207 z5_207)))
(assert
 (not (and z2_207 z3_207)))
(assert
 (not (and z2_207 z4_207)))
(assert
 (not (and z2_207 z5_207)))
(assert
 (not (and z3_207 z4_207)))
(assert
 (not (and z3_207 z5_207)))
(assert
 (not (and z4_207 z5_207)))
(assert
 (let ((?x6078 (ite z5_207 (- 2) 0)))
 (let ((?x6075 (ite z2_207 (- 1) 0)))
 (= (+ ?x6075 ?x6078 (* (- 1) q_207)) (- 1)))))
(assert
 (not (and z1_208 z2_208)))
(assert
 (not (and z1_208 z3_208)))
(assert
 (not (and z1_208 z4_208)))
(assert
 (not (and z1_208 z5_208)))
(assert
 (not (and z2_208 z3_208)))
(assert
 (not (and z2_208 z4_208)))
(assert
 (not (and z2_208 z5_208)))
(assert
 (not (and z3_208 z4_208)))
(assert
 (not (and z3_208 z5_208)))
(assert
 (not (and z4_208 z5_208)))
(assert
 (let ((?x6117 (ite z5_208 2 0)))
 (let ((?x6114 (ite z2_208 1 0)))
 (= (+ ?x6114 ?x6117 (* (- 1) q_208)) 1))))
(assert
 (not (and z1_209 z2_209)))
(assert
 (not (and z1_209 z3_209)))
(assert
 (not (and z1_209 z4_209)))
(assert
 (not (and z1_209 z5_209)))
(assert
 (not (and z2_209 z3_209)))
(assert
 (not (and z2_209 z4_209)))
(assert
 (not (and z2_209 z5_209)))
(assert
 (not (and z3_209 z4_209)))
(assert
 (not (and z3_209 z5_209)))
(assert
 (not (and z4_209 z5_209)))
(assert
 (let ((?x6155 (ite z4_209 (- 2) 0)))
 (let ((?x6154 (ite z3_209 (- 2) 0)))
 (let ((?x6153 (ite z2_209 (- 1) 0)))
 (let ((?x6152 (ite z1_209 (- 2) 0)))
 (= (+ ?x6152 ?x6153 ?x6154 ?x6155 (* (- 1) q_209)) (- 1)))))))
(assert
 (not (and z1_210 z2_210)))
(assert
 (not (and z1_210 z3_210)))
(assert
 (not (and z1_210 z4_210)))
(assert
 (not (and z1_210 z5_210)))
(assert
 (not (and z2_210 z3_210)))
(assert
 (not (and z2_210 z4_210)))
(assert
 (not (and z2_210 z5_210)))
(assert
 (not (and z3_210 z4_210)))
(assert
 (not (and z3_210 z5_210)))
(assert
 (not (and z4_210 z5_210)))
(assert
 (let ((?x6195 (ite z5_210 2 0)))
 (let ((?x6192 (ite z2_210 1 0)))
 (let ((?x6191 (ite z1_210 2 0)))
 (= (+ ?x6191 ?x6192 ?x6195 (* (- 1) q_210)) 1)))))
(assert
 (not (and z1_211 z2_211)))
(assert
 (not (and z1_211 z3_211)))
(assert
 (not (and z1_211 z4_211)))
(assert
 (not (and z1_211 z5_211)))
(assert
 (not (and z2_211 z3_211)))
(assert
 (not (and z2_211 z4_211)))
(assert
 (not (and z2_211 z5_211)))
(assert
 (not (and z3_211 z4_211)))
(assert
 (not (and z3_211 z5_211)))
(assert
 (not (and z4_211 z5_211)))
(assert
 (let ((?x6233 (ite z4_211 (- 2) 0)))
 (let ((?x6232 (ite z3_211 (- 2) 0)))
 (let ((?x6231 (ite z2_211 (- 1) 0)))
 (= (+ ?x6231 ?x6232 ?x6233 (* (- 1) q_211)) (- 1))))))
(assert
 (not (and z1_212 z2_212)))
(assert
 (not (and z1_212 z3_212)))
(assert
 (not (and z1_212 z4_212)))
(assert
 (not (and z1_212 z5_212)))
(assert
 (not (and z2_212 z3_212)))
(assert
 (not (and z2_212 z4_212)))
(assert
 (not (and z2_212 z5_212)))
(assert
 (not (and z3_212 z4_212)))
(assert
 (not (and z3_212 z5_212)))
(assert
 (not (and z4_212 z5_212)))
(assert
 (let ((?x6273 (ite z5_212 2 0)))
 (let ((?x6271 (ite z3_212 2 0)))
 (let ((?x6270 (ite z2_212 1 0)))
 (= (+ ?x6270 ?x6271 ?x6273 (* (- 1) q_212)) 1)))))
(assert
 (not (and z1_213 z2_213)))
(assert
 (not (and z1_213 z3_213)))
(assert
 (not (and z1_213 z4_213)))
(assert
 (not (and z1_213 z5_213)))
(assert
 (not (and z2_213 z3_213)))
(assert
 (not (and z2_213 z4_213)))
(assert
 (not (and z2_213 z5_213)))
(assert
 (not (and z3_213 z4_213)))
(assert
 (not (and z3_213 z5_213)))
(assert
 (not (and z4_213 z5_213)))
(assert
 (let ((?x6311 (ite z4_213 (- 2) 0)))
 (let ((?x6309 (ite z2_213 (- 1) 0)))
 (let ((?x6308 (ite z1_213 (- 2) 0)))
 (= (+ ?x6308 ?x6309 ?x6311 (* (- 1) q_213)) (- 1))))))
(assert
 (not (and z1_214 z2_214)))
(assert
 (not (and z1_214 z3_214)))
(assert
 (not (and z1_214 z4_214)))
(assert
 (not (and z1_214 z5_214)))
(assert
 (not (and z2_214 z3_214)))
(assert
 (not (and z2_214 z4_214)))
(assert
 (not (and z2_214 z5_214)))
(assert
 (not (and z3_214 z4_214)))
(assert
 (not (and z3_214 z5_214)))
(assert
 (not (and z4_214 z5_214)))
(assert
 (let ((?x6351 (ite z5_214 2 0)))
 (let ((?x6349 (ite z3_214 2 0)))
 (let ((?x6348 (ite z2_214 1 0)))
 (let ((?x6347 (ite z1_214 2 0)))
 (= (+ ?x6347 ?x6348 ?x6349 ?x6351 (* (- 1) q_214)) 1))))))
(assert
 (not (and z1_215 z2_215)))
(assert
 (not (and z1_215 z3_215)))
(assert
 (not (and z1_215 z4_215)))
(assert
 (not (and z1_215 z5_215)))
(assert
 (not (and z2_215 z3_215)))
(assert
 (not (and z2_215 z4_215)))
(assert
 (not (and z2_215 z5_215)))
(assert
 (not (and z3_215 z4_215)))
(assert
 (not (and z3_215 z5_215)))
(assert
 (not (and z4_215 z5_215)))
(assert
 (let ((?x6389 (ite z4_215 (- 2) 0)))
 (let ((?x6387 (ite z2_215 (- 1) 0)))
 (= (+ ?x6387 ?x6389 (* (- 1) q_215)) (- 1)))))
(assert
 (not (and z1_216 z2_216)))
(assert
 (not (and z1_216 z3_216)))
(assert
 (not (and z1_216 z4_216)))
(assert
 (not (and z1_216 z5_216)))
(assert
 (not (and z2_216 z3_216)))
(assert
 (not (and z2_216 z4_216)))
(assert
 (not (and z2_216 z5_216)))
(assert
 (not (and z3_216 z4_216)))
(assert
 (not (and z3_216 z5_216)))
(assert
 (not (and z4_216 z5_216)))
(assert
 (let ((?x6429 (ite z5_216 2 0)))
 (let ((?x6428 (ite z4_216 2 0)))
 (let ((?x6426 (ite z2_216 1 0)))
 (= (+ ?x6426 ?x6428 ?x6429 (* (- 1) q_216)) 1)))))
(assert
 (not (and z1_217 z2_217)))
(assert
 (not (and z1_217 z3_217)))
(assert
 (not (and z1_217 z4_217)))
(assert
 (not (and z1_217 z5_217)))
(assert
 (not (and z2_217 z3_217)))
(assert
 (not (and z2_217 z4_217)))
(assert
 (not (and z2_217 z5_217)))
(assert
 (not (and z3_217 z4_217)))
(assert
 (not (and z3_217 z5_217)))
(assert
 (not (and z4_217 z5_217)))
(assert
 (let ((?x6466 (ite z3_217 (- 2) 0)))
 (let ((?x6465 (ite z2_217 (- 1) 0)))
 (let ((?x6464 (ite z1_217 (- 2) 0)))
 (= (+ ?x6464 ?x6465 ?x6466 (* (- 1) q_217)) (- 1))))))
(assert
 (not (and z1_218 z2_218)))
(assert
 (not (and z1_218 z3_218)))
(assert
 (not (and z1_218 z4_218)))
(assert
 (not (and z1_218 z5_218)))
(assert
 (not (and z2_218 z3_218)))
(assert
 (not (and z2_218 z4_218)))
(assert
 (not (and z2_218 z5_218)))
(assert
 (not (and z3_218 z4_218)))
(assert
 (not (and z3_218 z5_218)))
(assert
 (not (and z4_218 z5_218)))
(assert
 (let ((?x6507 (ite z5_218 2 0)))
 (let ((?x6506 (ite z4_218 2 0)))
 (let ((?x6504 (ite z2_218 1 0)))
 (let ((?x6503 (ite z1_218 2 0)))
 (= (+ ?x6503 ?x6504 ?x6506 ?x6507 (* (- 1) q_218)) 1))))))
(assert
 (not (and z1_219 z2_219)))
(assert
 (not (and z1_219 z3_219)))
(assert
 (not (and z1_219 z4_219)))
(assert
 (not (and z1_219 z5_219)))
(assert
 (not (and z2_219 z3_219)))
(assert
 (not (and z2_219 z4_219)))
(assert
 (not (and z2_219 z5_219)))
(assert
 (not (and z3_219 z4_219)))
(assert
 (not (and z3_219 z5_219)))
(assert
 (not (and z4_219 z5_219)))
(assert
 (let ((?x6544 (ite z3_219 (- 2) 0)))
 (let ((?x6543 (ite z2_219 (- 1) 0)))
 (= (+ ?x6543 ?x6544 (* (- 1) q_219)) (- 1)))))
(assert
 (not (and z1_220 z2_220)))
(assert
 (not (and z1_220 z3_220)))
(assert
 (not (and z1_220 z4_220)))
(assert
 (not (and z1_220 z5_220)))
(assert
 (not (and z2_220 z3_220)))
(assert
 (not (and z2_220 z4_220)))
(assert
 (not (and z2_220 z5_220)))
(assert
 (not (and z3_220 z4_220)))
(assert
 (not (and z3_220 z5_220)))
(assert
 (not (and z4_220 z5_220)))
(assert
 (let ((?x6585 (ite z5_220 2 0)))
 (let ((?x6584 (ite z4_220 2 0)))
 (let ((?x6583 (ite z3_220 2 0)))
 (let ((?x6582 (ite z2_220 1 0)))
 (= (+ ?x6582 ?x6583 ?x6584 ?x6585 (* (- 1) q_220)) 1))))))
(assert
 (not (and z1_221 z2_221)))
(assert
 (not (and z1_221 z3_221)))
(assert
 (not (and z1_221 z4_221)))
(assert
 (not (and z1_221 z5_221)))
(assert
 (not (and z2_221 z3_221)))
(assert
 (not (and z2_221 z4_221)))
(assert
 (not (and z2_221 z5_221)))
(assert
 (not (and z3_221 z4_221)))
(assert
 (not (and z3_221 z5_221)))
(assert
 (not (and z4_221 z5_221)))
(assert
 (let ((?x6621 (ite z2_221 (- 1) 0)))
 (let ((?x6620 (ite z1_221 (- 2) 0)))
 (= (+ ?x6620 ?x6621 (* (- 1) q_221)) (- 1)))))
(assert
 (not (and z1_222 z2_222)))
(assert
 (not (and z1_222 z3_222)))
(assert
 (not (and z1_222 z4_222)))
(assert
 (not (and z1_222 z5_222)))
(assert
 (not (and z2_222 z3_222)))
(assert
 (not (and z2_222 z4_222)))
(assert
 (not (and z2_222 z5_222)))
(assert
 (not (and z3_222 z4_222)))
(assert
 (not (and z3_222 z5_222)))
(assert
 (not (and z4_222 z5_222)))
(assert
 (let ((?x6663 (ite z5_222 2 0)))
 (let ((?x6662 (ite z4_222 2 0)))
 (let ((?x6661 (ite z3_222 2 0)))
 (let ((?x6660 (ite z2_222 1 0)))
 (let ((?x6659 (ite z1_222 2 0)))
 (= (+ ?x6659 ?x6660 ?x6661 ?x6662 ?x6663 (* (- 1) q_222)) 1)))))))
(assert
 (not (and z1_223 z2_223)))
(assert
 (not (and z1_223 z3_223)))
(assert
 (not (and z1_223 z4_223)))
(assert
 (not (and z1_223 z5_223)))
(assert
 (not (and z2_223 z3_223)))
(assert
 (not (and z2_223 z4_223)))
(assert
 (not (and z2_223 z5_223)))
(assert
 (not (and z3_223 z4_223)))
(assert
 (not (and z3_223 z5_223)))
(assert
 (not (and z4_223 z5_223)))
(assert
 (= (+ (ite z2_223 (- 1) 0) (* (- 1) q_223)) (- 1)))
(assert
 (not (and z1_224 z2_224)))
(assert
 (not (and z1_224 z3_224)))
(assert
 (not (and z1_224 z4_224)))
(assert
 (not (and z1_224 z5_224)))
(assert
 (not (and z2_224 z3_224)))
(assert
 (not (and z2_224 z4_224)))
(assert
 (not (and z2_224 z5_224)))
(assert
 (not (and z3_224 z4_224)))
(assert
 (not (and z3_224 z5_224)))
(assert
 (not (and z4_224 z5_224)))
(assert
 (= (+ (ite z3_224 1 0) (* (- 1) q_224)) 1))
(assert
 (not (and z1_225 z2_225)))
(assert
 (not (and z1_225 z3_225)))
(assert
 (not (and z1_225 z4_225)))
(assert
 (not (and z1_225 z5_225)))
(assert
 (not (and z2_225 z3_225)))
(assert
 (not (and z2_225 z4_225)))
(assert
 (not (and z2_225 z5_225)))
(assert
 (not (and z3_225 z4_225)))
(assert
 (not (and z3_225 z5_225)))
(assert
 (not (and z4_225 z5_225)))
(assert
 (let ((?x6780 (ite z5_225 (- 2) 0)))
 (let ((?x6779 (ite z4_225 (- 2) 0)))
 (let ((?x6778 (ite z3_225 (- 1) 0)))
 (let ((?x6777 (ite z2_225 (- 2) 0)))
 (let ((?x6776 (ite z1_225 (- 2) 0)))
 (= (+ ?x6776 ?x6777 ?x6778 ?x6779 ?x6780 (* (- 1) q_225)) (- 1))))))))
(assert
 (not (and z1_226 z2_226)))
(assert
 (not (and z1_226 z3_226)))
(assert
 (not (and z1_226 z4_226)))
(assert
 (not (and z1_226 z5_226)))
(assert
 (not (and z2_226 z3_226)))
(assert
 (not (and z2_226 z4_226)))
(assert
 (not (and z2_226 z5_226)))
(assert
 (not (and z3_226 z4_226)))
(assert
 (not (and z3_226 z5_226)))
(assert
 (not (and z4_226 z5_226)))
(assert
 (let ((?x6817 (ite z3_226 1 0)))
 (let ((?x6815 (ite z1_226 2 0)))
 (= (+ ?x6815 ?x6817 (* (- 1) q_226)) 1))))
(assert
 (not (and z1_227 z2_227)))
(assert
 (not (and z1_227 z3_227)))
(assert
 (not (and z1_227 z4_227)))
(assert
 (not (and z1_227 z5_227)))
(assert
 (not (and z2_227 z3_227)))
(assert
 (not (and z2_227 z4_227)))
(assert
 (not (and z2_227 z5_227)))
(assert
 (not (and z3_227 z4_227)))
(assert
 (not (and z3_227 z5_227)))
(assert
 (not (and z4_227 z5_227)))
(assert
 (let ((?x6858 (ite z5_227 (- 2) 0)))
 (let ((?x6857 (ite z4_227 (- 2) 0)))
 (let ((?x6856 (ite z3_227 (- 1) 0)))
 (let ((?x6855 (ite z2_227 (- 2) 0)))
 (= (+ ?x6855 ?x6856 ?x6857 ?x6858 (* (- 1) q_227)) (- 1)))))))
(assert
 (not (and z1_228 z2_228)))
(assert
 (not (and z1_228 z3_228)))
(assert
 (not (and z1_228 z4_228)))
(assert
 (not (and z1_228 z5_228)))
(assert
 (not (and z2_228 z3_228)))
(assert
 (not (and z2_228 z4_228)))
(assert
 (not (and z2_228 z5_228)))
(assert
 (not (and z3_228 z4_228)))
(assert
 (not (and z3_228 z5_228)))
(assert
 (not (and z4_228 z5_228)))
(assert
 (let ((?x6895 (ite z3_228 1 0)))
 (let ((?x6894 (ite z2_228 2 0)))
 (= (+ ?x6894 ?x6895 (* (- 1) q_228)) 1))))
(assert
 (not (and z1_229 z2_229)))
(assert
 (not (and z1_229 z3_229)))
(assert
 (not (and z1_229 z4_229)))
(assert
 (not (and z1_229 z5_229)))
(assert
 (not (and z2_229 z3_229)))
(assert
 (not (and z2_229 z4_229)))
(assert
 (not (and z2_229 z5_229)))
(assert
 (not (and z3_229 z4_229)))
(assert
 (not (and z3_229 z5_229)))
(assert
 (not (and z4_229 z5_229)))
(assert
 (let ((?x6936 (ite z5_229 (- 2) 0)))
 (let ((?x6935 (ite z4_229 (- 2) 0)))
 (let ((?x6934 (ite z3_229 (- 1) 0)))
 (let ((?x6932 (ite z1_229 (- 2) 0)))
 (= (+ ?x6932 ?x6934 ?x6935 ?x6936 (* (- 1) q_229)) (- 1)))))))
(assert
 (not (and z1_230 z2_230)))
(assert
 (not (and z1_230 z3_230)))
(assert
 (not (and z1_230 z4_230)))
(assert
 (not (and z1_230 z5_230)))
(assert
 (not (and z2_230 z3_230)))
(assert
 (not (and z2_230 z4_230)))
(assert
 (not (and z2_230 z5_230)))
(assert
 (not (and z3_230 z4_230)))
(assert
 (not (and z3_230 z5_230)))
(assert
 (not (and z4_230 z5_230)))
(assert
 (let ((?x6973 (ite z3_230 1 0)))
 (let ((?x6972 (ite z2_230 2 0)))
 (let ((?x6971 (ite z1_230 2 0)))
 (= (+ ?x6971 ?x6972 ?x6973 (* (- 1) q_230)) 1)))))
(assert
 (not (and z1_231 z2_231)))
(assert
 (not (and z1_231 z3_231)))
(assert
 (not (and z1_231 z4_231)))
(assert
 (not (and z1_231 z5_231)))
(assert
 (not (and z2_231 z3_231)))
(assert
 (not (and z2_231 z4_231)))
(assert
 (not (and z2_231 z5_231)))
(assert
 (not (and z3_231 z4_231)))
(assert
 (not (and z3_231 z5_231)))
(assert
 (not (and z4_231 z5_231)))
(assert
 (let ((?x7014 (ite z5_231 (- 2) 0)))
 (let ((?x7013 (ite z4_231 (- 2) 0)))
 (let ((?x7012 (ite z3_231 (- 1) 0)))
 (= (+ ?x7012 ?x7013 ?x7014 (* (- 1) q_231)) (- 1))))))
(assert
 (not (and z1_232 z2_232)))
(assert
 (not (and z1_232 z3_232)))
(assert
 (not (and z1_232 z4_232)))
(assert
 (not (and z1_232 z5_232)))
(assert
 (not (and z2_232 z3_232)))
(assert
 (not (and z2_232 z4_232)))
(assert
 (not (and z2_232 z5_232)))
(assert
 (not (and z3_232 z4_232)))
(assert
 (not (and z3_232 z5_232)))
(assert
 (not (and z4_232 z5_232)))
(assert
 (let ((?x7052 (ite z4_232 2 0)))
 (let ((?x7051 (ite z3_232 1 0)))
 (= (+ ?x7051 ?x7052 (* (- 1) q_232)) 1))))
(assert
 (not (and z1_233 z2_233)))
(assert
 (not (and z1_233 z3_233)))
(assert
 (not (and z1_233 z4_233)))
(assert
 (not (and z1_233 z5_233)))
(assert
 (not (and z2_233 z3_233)))
(assert
 (not (and z2_233 z4_233)))
(assert
 (not (and z2_233 z5_233)))
(assert
 (not (and z3_233 z4_233)))
(assert
 (not (and z3_233 z5_233)))
(assert
 (not (and z4_233 z5_233)))
(assert
 (let ((?x7092 (ite z5_233 (- 2) 0)))
 (let ((?x7090 (ite z3_233 (- 1) 0)))
 (let ((?x7089 (ite z2_233 (- 2) 0)))
 (let ((?x7088 (ite z1_233 (- 2) 0)))
 (= (+ ?x7088 ?x7089 ?x7090 ?x7092 (* (- 1) q_233)) (- 1)))))))
(assert
 (not (and z1_234 z2_234)))
(assert
 (not (and z1_234 z3_234)))
(assert
 (not (and z1_234 z4_234)))
(assert
 (not (and z1_234 z5_234)))
(assert
 (not (and z2_234 z3_234)))
(assert
 (not (and z2_234 z4_234)))
(assert
 (not (and z2_234 z5_234)))
(assert
 (not (and z3_234 z4_234)))
(assert
 (not (and z3_234 z5_234)))
(assert
 (not (and z4_234 z5_234)))
(assert
 (let ((?x7130 (ite z4_234 2 0)))
 (let ((?x7129 (ite z3_234 1 0)))
 (let ((?x7127 (ite z1_234 2 0)))
 (= (+ ?x7127 ?x7129 ?x7130 (* (- 1) q_234)) 1)))))
(assert
 (not (and z1_235 z2_235)))
(assert
 (not (and z1_235 z3_235)))
(assert
 (not (and z1_235 z4_235)))
(assert
 (not (and z1_235 z5_235)))
(assert
 (not (and z2_235 z3_235)))
(assert
 (not (and z2_235 z4_235)))
(assert
 (not (and z2_235 z5_235)))
(assert
 (not (and z3_235 z4_235)))
(assert
 (not (and z3_235 z5_235)))
(assert
 (not (and z4_235 z5_235)))
(assert
 (let ((?x7170 (ite z5_235 (- 2) 0)))
 (let ((?x7168 (ite z3_235 (- 1) 0)))
 (let ((?x7167 (ite z2_235 (- 2) 0)))
 (= (+ ?x7167 ?x7168 ?x7170 (* (- 1) q_235)) (- 1))))))
(assert
 (not (and z1_236 z2_236)))
(assert
 (not (and z1_236 z3_236)))
(assert
 (not (and z1_236 z4_236)))
(assert
 (not (and z1_236 z5_236)))
(assert
 (not (and z2_236 z3_236)))
(assert
 (not (and z2_236 z4_236)))
(assert
 (not (and z2_236 z5_236)))
(assert
 (not (and z3_236 z4_236)))
(assert
 (not (and z3_236 z5_236)))
(assert
 (not (and z4_236 z5_236)))
(assert
 (let ((?x7208 (ite z4_236 2 0)))
 (let ((?x7207 (ite z3_236 1 0)))
 (let ((?x7206 (ite z2_236 2 0)))
 (= (+ ?x7206 ?x7207 ?x7208 (* (- 1) q_236)) 1)))))
(assert
 (not (and z1_237 z2_237)))
(assert
 (not (and z1_237 z3_237)))
(assert
 (not (and z1_237 z4_237)))
(assert
 (not (and z1_237 z5_237)))
(assert
 (not (and z2_237 z3_237)))
(assert
 (not (and z2_237 z4_237)))
(assert
 (not (and z2_237 z5_237)))
(assert
 (not (and z3_237 z4_237)))
(assert
 (not (and z3_237 z5_237)))
(assert
 (not (and z4_237 z5_237)))
(assert
 (let ((?x7248 (ite z5_237 (- 2) 0)))
 (let ((?x7246 (ite z3_237 (- 1) 0)))
 (let ((?x7244 (ite z1_237 (- 2) 0)))
 (= (+ ?x7244 ?x7246 ?x7248 (* (- 1) q_237)) (- 1))))))
(assert
 (not (and z1_238 z2_238)))
(assert
 (not (and z1_238 z3_238)))
(assert
 (not (and z1_238 z4_238)))
(assert
 (not (and z1_238 z5_238)))
(assert
 (not (and z2_238 z3_238)))
(assert
 (not (and z2_238 z4_238)))
(assert
 (not (and z2_238 z5_238)))
(assert
 (not (and z3_238 z4_238)))
(assert
 (not (and z3_238 z5_238)))
(assert
 (not (and z4_238 z5_238)))
(assert
 (let ((?x7286 (ite z4_238 2 0)))
 (let ((?x7285 (ite z3_238 1 0)))
 (let ((?x7284 (ite z2_238 2 0)))
 (let ((?x7283 (ite z1_238 2 0)))
 (= (+ ?x7283 ?x7284 ?x7285 ?x7286 (* (- 1) q_238)) 1))))))
(assert
 (not (and z1_239 z2_239)))
(assert
 (not (and z1_239 z3_239)))
(assert
 (not (and z1_239 z4_239)))
(assert
 (not (and z1_239 z5_239)))
(assert
 (not (and z2_239 z3_239)))
(assert
 (not (and z2_239 z4_239)))
(assert
 (not (and z2_239 z5_239)))
(assert
 (not (and z3_239 z4_239)))
(assert
 (not (and z3_239 z5_239)))
(assert
 (not (and z4_239 z5_239)))
(assert
 (let ((?x7326 (ite z5_239 (- 2) 0)))
 (let ((?x7324 (ite z3_239 (- 1) 0)))
 (= (+ ?x7324 ?x7326 (* (- 1) q_239)) (- 1)))))
(assert
 (not (and z1_240 z2_240)))
(assert
 (not (and z1_240 z3_240)))
(assert
 (not (and z1_240 z4_240)))
(assert
 (not (and z1_240 z5_240)))
(assert
 (not (and z2_240 z3_240)))
(assert
 (not (and z2_240 z4_240)))
(assert
 (not (and z2_240 z5_240)))
(assert
 (not (and z3_240 z4_240)))
(assert
 (not (and z3_240 z5_240)))
(assert
 (not (and z4_240 z5_240)))
(assert
 (let ((?x7365 (ite z5_240 2 0)))
 (let ((?x7363 (ite z3_240 1 0)))
 (= (+ ?x7363 ?x7365 (* (- 1) q_240)) 1))))
(assert
 (not (and z1_241 z2_241)))
(assert
 (not (and z1_241 z3_241)))
(assert
 (not (and z1_241 z4_241)))
(assert
 (not (and z1_241 z5_241)))
(assert
 (not (and z2_241 z3_241)))
(assert
 (not (and z2_241 z4_241)))
(assert
 (not (and z2_241 z5_241)))
(assert
 (not (and z3_241 z4_241)))
(assert
 (not (and z3_241 z5_241)))
(assert
 (not (and z4_241 z5_241)))
(assert
 (let ((?x7403 (ite z4_241 (- 2) 0)))
 (let ((?x7402 (ite z3_241 (- 1) 0)))
 (let ((?x7401 (ite z2_241 (- 2) 0)))
 (let ((?x7400 (ite z1_241 (- 2) 0)))
 (= (+ ?x7400 ?x7401 ?x7402 ?x7403 (* (- 1) q_241)) (- 1)))))))
(assert
 (not (and z1_242 z2_242)))
(assert
 (not (and z1_242 z3_242)))
(assert
 (not (and z1_242 z4_242)))
(assert
 (not (and z1_242 z5_242)))
(assert
 (not (and z2_242 z3_242)))
(assert
 (not (and z2_242 z4_242)))
(assert
 (not (and z2_242 z5_242)))
(assert
 (not (and z3_242 z4_242)))
(assert
 (not (and z3_242 z5_242)))
(assert
 (not (and z4_242 z5_242)))
(assert
 (let ((?x7443 (ite z5_242 2 0)))
 (let ((?x7441 (ite z3_242 1 0)))
 (let ((?x7439 (ite z1_242 2 0)))
 (= (+ ?x7439 ?x7441 ?x7443 (* (- 1) q_242)) 1)))))
(assert
 (not (and z1_243 z2_243)))
(assert
 (not (and z1_243 z3_243)))
(assert
 (not (and z1_243 z4_243)))
(assert
 (not (and z1_243 z5_243)))
(assert
 (not (and z2_243 z3_243)))
(assert
 (not (and z2_243 z4_243)))
(assert
 (not (and z2_243 z5_243)))
(assert
 (not (and z3_243 z4_243)))
(assert
 (not (and z3_243 z5_243)))
(assert
 (not (and z4_243 z5_243)))
(assert
 (let ((?x7481 (ite z4_243 (- 2) 0)))
 (let ((?x7480 (ite z3_243 (- 1) 0)))
 (let ((?x7479 (ite z2_243 (- 2) 0)))
 (= (+ ?x7479 ?x7480 ?x7481 (* (- 1) q_243)) (- 1))))))
(assert
 (not (and z1_244 z2_244)))
(assert
 (not (and z1_244 z3_244)))
(assert
 (not (and z1_244 z4_244)))
(assert
 (not (and z1_244 z5_244)))
(assert
 (not (and z2_244 z3_244)))
(assert
 (not (and z2_244 z4_244)))
(assert
 (not (and z2_244 z5_244)))
(assert
 (not (and z3_244 z4_244)))
(assert
 (not (and z3_244 z5_244)))
(assert
 (not (and z4_244 z5_244)))
(assert
 (let ((?x7521 (ite z5_244 2 0)))
 (let ((?x7519 (ite z3_244 1 0)))
 (let ((?x7518 (ite z2_244 2 0)))
 (= (+ ?x7518 ?x7519 ?x7521 (* (- 1) q_244)) 1)))))
(assert
 (not (and z1_245 z2_245)))
(assert
 (not (and z1_245 z3_245)))
(assert
 (not (and z1_245 z4_245)))
(assert
 (not (and z1_245 z5_245)))
(assert
 (not (and z2_245 z3_245)))
(assert
 (not (and z2_245 z4_245)))
(assert
 (not (and z2_245 z5_245)))
(assert
 (not (and z3_245 z4_245)))
(assert
 (not (and z3_245 z5_245)))
(assert
 (not (and z4_245 z5_245)))
(assert
 (let ((?x7559 (ite z4_245 (- 2) 0)))
 (let ((?x7558 (ite z3_245 (- 1) 0)))
 (let ((?x7556 (ite z1_245 (- 2) 0)))
 (= (+ ?x7556 ?x7558 ?x7559 (* (- 1) q_245)) (- 1))))))
(assert
 (not (and z1_246 z2_246)))
(assert
 (not (and z1_246 z3_246)))
(assert
 (not (and z1_246 z4_246)))
(assert
 (not (and z1_246 z5_246)))
(assert
 (not (and z2_246 z3_246)))
(assert
 (not (and z2_246 z4_246)))
(assert
 (not (and z2_246 z5_246)))
(assert
 (not (and z3_246 z4_246)))
(assert
 (not (and z3_246 z5_246)))
(assert
 (not (and z4_246 z5_246)))
(assert
 (let ((?x7599 (ite z5_246 2 0)))
 (let ((?x7597 (ite z3_246 1 0)))
 (let ((?x7596 (ite z2_246 2 0)))
 (let ((?x7595 (ite z1_246 2 0)))
 (= (+ ?x7595 ?x7596 ?x7597 ?x7599 (* (- 1) q_246)) 1))))))
(assert
 (not (and z1_247 z2_247)))
(assert
 (not (and z1_247 z3_247)))
(assert
 (not (and z1_247 z4_247)))
(assert
 (not (and z1_247 z5_247)))
(assert
 (not (and z2_247 z3_247)))
(assert
 (not (and z2_247 z4_247)))
(assert
 (not (and z2_247 z5_247)))
(assert
 (not (and z3_247 z4_247)))
(assert
 (not (and z3_247 z5_247)))
(assert
 (not (and z4_247 z5_247)))
(assert
 (let ((?x7637 (ite z4_247 (- 2) 0)))
 (let ((?x7636 (ite z3_247 (- 1) 0)))
 (= (+ ?x7636 ?x7637 (* (- 1) q_247)) (- 1)))))
(assert
 (not (and z1_248 z2_248)))
(assert
 (not (and z1_248 z3_248)))
(assert
 (not (and z1_248 z4_248)))
(assert
 (not (and z1_248 z5_248)))
(assert
 (not (and z2_248 z3_248)))
(assert
 (not (and z2_248 z4_248)))
(assert
 (not (and z2_248 z5_248)))
(assert
 (not (and z3_248 z4_248)))
(assert
 (not (and z3_248 z5_248)))
(assert
 (not (and z4_248 z5_248)))
(assert
 (let ((?x7677 (ite z5_248 2 0)))
 (let ((?x7676 (ite z4_248 2 0)))
 (let ((?x7675 (ite z3_248 1 0)))
 (= (+ ?x7675 ?x7676 ?x7677 (* (- 1) q_248)) 1)))))
(assert
 (not (and z1_249 z2_249)))
(assert
 (not (and z1_249 z3_249)))
(assert
 (not (and z1_249 z4_249)))
(assert
 (not (and z1_249 z5_249)))
(assert
 (not (and z2_249 z3_249)))
(assert
 (not (and z2_249 z4_249)))
(assert
 (not (and z2_249 z5_249)))
(assert
 (not (and z3_249 z4_249)))
(assert
 (not (and z3_249 z5_249)))
(assert
 (not (and z4_249 z5_249)))
(assert
 (let ((?x7714 (ite z3_249 (- 1) 0)))
 (let ((?x7713 (ite z2_249 (- 2) 0)))
 (let ((?x7712 (ite z1_249 (- 2) 0)))
 (= (+ ?x7712 ?x7713 ?x7714 (* (- 1) q_249)) (- 1))))))
(assert
 (not (and z1_250 z2_250)))
(assert
 (not (and z1_250 z3_250)))
(assert
 (not (and z1_250 z4_250)))
(assert
 (not (and z1_250 z5_250)))
(assert
 (not (and z2_250 z3_250)))
(assert
 (not (and z2_250 z4_250)))
(assert
 (not (and z2_250 z5_250)))
(assert
 (not (and z3_250 z4_250)))
(assert
 (not (and z3_250 z5_250)))
(assert
 (not (and z4_250 z5_250)))
(assert
 (let ((?x7755 (ite z5_250 2 0)))
 (let ((?x7754 (ite z4_250 2 0)))
 (let ((?x7753 (ite z3_250 1 0)))
 (let ((?x7751 (ite z1_250 2 0)))
 (= (+ ?x7751 ?x7753 ?x7754 ?x7755 (* (- 1) q_250)) 1))))))
(assert
 (not (and z1_251 z2_251)))
(assert
 (not (and z1_251 z3_251)))
(assert
 (not (and z1_251 z4_251)))
(assert
 (not (and z1_251 z5_251)))
(assert
 (not (and z2_251 z3_251)))
(assert
 (not (and z2_251 z4_251)))
(assert
 (not (and z2_251 z5_251)))
(assert
 (not (and z3_251 z4_251)))
(assert
 (not (and z3_251 z5_251)))
(assert
 (not (and z4_251 z5_251)))
(assert
 (let ((?x7792 (ite z3_251 (- 1) 0)))
 (let ((?x7791 (ite z2_251 (- 2) 0)))
 (= (+ ?x7791 ?x7792 (* (- 1) q_251)) (- 1)))))
(assert
 (not (and z1_252 z2_252)))
(assert
 (not (and z1_252 z3_252)))
(assert
 (not (and z1_252 z4_252)))
(assert
 (not (and z1_252 z5_252)))
(assert
 (not (and z2_252 z3_252)))
(assert
 (not (and z2_252 z4_252)))
(assert
 (not (and z2_252 z5_252)))
(assert
 (not (and z3_252 z4_252)))
(assert
 (not (and z3_252 z5_252)))
(assert
 (not (and z4_252 z5_252)))
(assert
 (let ((?x7833 (ite z5_252 2 0)))
 (let ((?x7832 (ite z4_252 2 0)))
 (let ((?x7831 (ite z3_252 1 0)))
 (let ((?x7830 (ite z2_252 2 0)))
 (= (+ ?x7830 ?x7831 ?x7832 ?x7833 (* (- 1) q_252)) 1))))))
(assert
 (not (and z1_253 z2_253)))
(assert
 (not (and z1_253 z3_253)))
(assert
 (not (and z1_253 z4_253)))
(assert
 (not (and z1_253 z5_253)))
(assert
 (not (and z2_253 z3_253)))
(assert
 (not (and z2_253 z4_253)))
(assert
 (not (and z2_253 z5_253)))
(assert
 (not (and z3_253 z4_253)))
(assert
 (not (and z3_253 z5_253)))
(assert
 (not (and z4_253 z5_253)))
(assert
 (let ((?x7870 (ite z3_253 (- 1) 0)))
 (let ((?x7868 (ite z1_253 (- 2) 0)))
 (= (+ ?x7868 ?x7870 (* (- 1) q_253)) (- 1)))))
(assert
 (not (and z1_254 z2_254)))
(assert
 (not (and z1_254 z3_254)))
(assert
 (not (and z1_254 z4_254)))
(assert
 (not (and z1_254 z5_254)))
(assert
 (not (and z2_254 z3_254)))
(assert
 (not (and z2_254 z4_254)))
(assert
 (not (and z2_254 z5_254)))
(assert
 (not (and z3_254 z4_254)))
(assert
 (not (and z3_254 z5_254)))
(assert
 (not (and z4_254 z5_254)))
(assert
 (let ((?x7911 (ite z5_254 2 0)))
 (let ((?x7910 (ite z4_254 2 0)))
 (let ((?x7909 (ite z3_254 1 0)))
 (let ((?x7908 (ite z2_254 2 0)))
 (let ((?x7907 (ite z1_254 2 0)))
 (= (+ ?x7907 ?x7908 ?x7909 ?x7910 ?x7911 (* (- 1) q_254)) 1)))))))
(assert
 (not (and z1_255 z2_255)))
(assert
 (not (and z1_255 z3_255)))
(assert
 (not (and z1_255 z4_255)))
(assert
 (not (and z1_255 z5_255)))
(assert
 (not (and z2_255 z3_255)))
(assert
 (not (and z2_255 z4_255)))
(assert
 (not (and z2_255 z5_255)))
(assert
 (not (and z3_255 z4_255)))
(assert
 (not (and z3_255 z5_255)))
(assert
 (not (and z4_255 z5_255)))
(assert
 (= (+ (ite z3_255 (- 1) 0) (* (- 1) q_255)) (- 1)))
(assert
 (not (and z1_256 z2_256)))
(assert
 (not (and z1_256 z3_256)))
(assert
 (not (and z1_256 z4_256)))
(assert
 (not (and z1_256 z5_256)))
(assert
 (not (and z2_256 z3_256)))
(assert
 (not (and z2_256 z4_256)))
(assert
 (not (and z2_256 z5_256)))
(assert
 (not (and z3_256 z4_256)))
(assert
 (not (and z3_256 z5_256)))
(assert
 (not (and z4_256 z5_256)))
(assert
 (= (+ (ite z4_256 1 0) (* (- 1) q_256)) 1))
(assert
 (not (and z1_257 z2_257)))
(assert
 (not (and z1_257 z3_257)))
(assert
 (not (and z1_257 z4_257)))
(assert
 (not (and z1_257 z5_257)))
(assert
 (not (and z2_257 z3_257)))
(assert
 (not (and z2_257 z4_257)))
(assert
 (not (and z2_257 z5_257)))
(assert
 (not (and z3_257 z4_257)))
(assert
 (not (and z3_257 z5_257)))
(assert
 (not (and z4_257 z5_257)))
(assert
 (let ((?x8028 (ite z5_257 (- 2) 0)))
 (let ((?x8027 (ite z4_257 (- 1) 0)))
 (let ((?x8026 (ite z3_257 (- 2) 0)))
 (let ((?x8025 (ite z2_257 (- 2) 0)))
 (let ((?x8024 (ite z1_257 (- 2) 0)))
 (= (+ ?x8024 ?x8025 ?x8026 ?x8027 ?x8028 (* (- 1) q_257)) (- 1))))))))
(assert
 (not (and z1_258 z2_258)))
(assert
 (not (and z1_258 z3_258)))
(assert
 (not (and z1_258 z4_258)))
(assert
 (not (and z1_258 z5_258)))
(assert
 (not (and z2_258 z3_258)))
(assert
 (not (and z2_258 z4_258)))
(assert
 (not (and z2_258 z5_258)))
(assert
 (not (and z3_258 z4_258)))
(assert
 (not (and z3_258 z5_258)))
(assert
 (not (and z4_258 z5_258)))
(assert
 (let ((?x8066 (ite z4_258 1 0)))
 (let ((?x8063 (ite z1_258 2 0)))
 (= (+ ?x8063 ?x8066 (* (- 1) q_258)) 1))))
(assert
 (not (and z1_259 z2_259)))
(assert
 (not (and z1_259 z3_259)))
(assert
 (not (and z1_259 z4_259)))
(assert
 (not (and z1_259 z5_259)))
(assert
 (not (and z2_259 z3_259)))
(assert
 (not (and z2_259 z4_259)))
(assert
 (not (and z2_259 z5_259)))
(assert
 (not (and z3_259 z4_259)))
(assert
 (not (and z3_259 z5_259)))
(assert
 (not (and z4_259 z5_259)))
(assert
 (let ((?x8106 (ite z5_259 (- 2) 0)))
 (let ((?x8105 (ite z4_259 (- 1) 0)))
 (let ((?x8104 (ite z3_259 (- 2) 0)))
 (let ((?x8103 (ite z2_259 (- 2) 0)))
 (= (+ ?x8103 ?x8104 ?x8105 ?x8106 (* (- 1) q_259)) (- 1)))))))
(assert
 (not (and z1_260 z2_260)))
(assert
 (not (and z1_260 z3_260)))
(assert
 (not (and z1_260 z4_260)))
(assert
 (not (and z1_260 z5_260)))
(assert
 (not (and z2_260 z3_260)))
(assert
 (not (and z2_260 z4_260)))
(assert
 (not (and z2_260 z5_260)))
(assert
 (not (and z3_260 z4_260)))
(assert
 (not (and z3_260 z5_260)))
(assert
 (not (and z4_260 z5_260)))
(assert
 (let ((?x8144 (ite z4_260 1 0)))
 (let ((?x8142 (ite z2_260 2 0)))
 (= (+ ?x8142 ?x8144 (* (- 1) q_260)) 1))))
(assert
 (not (and z1_261 z2_261)))
(assert
 (not (and z1_261 z3_261)))
(assert
 (not (and z1_261 z4_261)))
(assert
 (not (and z1_261 z5_261)))
(assert
 (not (and z2_261 z3_261)))
(assert
 (not (and z2_261 z4_261)))
(assert
 (not (and z2_261 z5_261)))
(assert
 (not (and z3_261 z4_261)))
(assert
 (not (and z3_261 z5_261)))
(assert
 (not (and z4_261 z5_261)))
(assert
 (let ((?x8184 (ite z5_261 (- 2) 0)))
 (let ((?x8183 (ite z4_261 (- 1) 0)))
 (let ((?x8182 (ite z3_261 (- 2) 0)))
 (let ((?x8180 (ite z1_261 (- 2) 0)))
 (= (+ ?x8180 ?x8182 ?x8183 ?x8184 (* (- 1) q_261)) (- 1)))))))
(assert
 (not (and z1_262 z2_262)))
(assert
 (not (and z1_262 z3_262)))
(assert
 (not (and z1_262 z4_262)))
(assert
 (not (and z1_262 z5_262)))
(assert
 (not (and z2_262 z3_262)))
(assert
 (not (and z2_262 z4_262)))
(assert
 (not (and z2_262 z5_262)))
(assert
 (not (and z3_262 z4_262)))
(assert
 (not (and z3_262 z5_262)))
(assert
 (not (and z4_262 z5_262)))
(assert
 (let ((?x8222 (ite z4_262 1 0)))
 (let ((?x8220 (ite z2_262 2 0)))
 (let ((?x8219 (ite z1_262 2 0)))
 (= (+ ?x8219 ?x8220 ?x8222 (* (- 1) q_262)) 1)))))
(assert
 (not (and z1_263 z2_263)))
(assert
 (not (and z1_263 z3_263)))
(assert
 (not (and z1_263 z4_263)))
(assert
 (not (and z1_263 z5_263)))
(assert
 (not (and z2_263 z3_263)))
(assert
 (not (and z2_263 z4_263)))
(assert
 (not (and z2_263 z5_263)))
(assert
 (not (and z3_263 z4_263)))
(assert
 (not (and z3_263 z5_263)))
(assert
 (not (and z4_263 z5_263)))
(assert
 (let ((?x8262 (ite z5_263 (- 2) 0)))
 (let ((?x8261 (ite z4_263 (- 1) 0)))
 (let ((?x8260 (ite z3_263 (- 2) 0)))
 (= (+ ?x8260 ?x8261 ?x8262 (* (- 1) q_263)) (- 1))))))
(assert
 (not (and z1_264 z2_264)))
(assert
 (not (and z1_264 z3_264)))
(assert
 (not (and z1_264 z4_264)))
(assert
 (not (and z1_264 z5_264)))
(assert
 (not (and z2_264 z3_264)))
(assert
 (not (and z2_264 z4_264)))
(assert
 (not (and z2_264 z5_264)))
(assert
 (not (and z3_264 z4_264)))
(assert
 (not (and z3_264 z5_264)))
(assert
 (not (and z4_264 z5_264)))
(assert
 (let ((?x8300 (ite z4_264 1 0)))
 (let ((?x8299 (ite z3_264 2 0)))
 (= (+ ?x8299 ?x8300 (* (- 1) q_264)) 1))))
(assert
 (not (and z1_265 z2_265)))
(assert
 (not (and z1_265 z3_265)))
(assert
 (not (and z1_265 z4_265)))
(assert
 (not (and z1_265 z5_265)))
(assert
 (not (and z2_265 z3_265)))
(assert
 (not (and z2_265 z4_265)))
(assert
 (not (and z2_265 z5_265)))
(assert
 (not (and z3_265 z4_265)))
(assert
 (not (and z3_265 z5_265)))
(assert
 (not (and z4_265 z5_265)))
(assert
 (let ((?x8340 (ite z5_265 (- 2) 0)))
 (let ((?x8339 (ite z4_265 (- 1) 0)))
 (let ((?x8337 (ite z2_265 (- 2) 0)))
 (let ((?x8336 (ite z1_265 (- 2) 0)))
 (= (+ ?x8336 ?x8337 ?x8339 ?x8340 (* (- 1) q_265)) (- 1)))))))
(assert
 (not (and z1_266 z2_266)))
(assert
 (not (and z1_266 z3_266)))
(assert
 (not (and z1_266 z4_266)))
(assert
 (not (and z1_266 z5_266)))
(assert
 (not (and z2_266 z3_266)))
(assert
 (not (and z2_266 z4_266)))
(assert
 (not (and z2_266 z5_266)))
(assert
 (not (and z3_266 z4_266)))
(assert
 (not (and z3_266 z5_266)))
(assert
 (not (and z4_266 z5_266)))
(assert
 (let ((?x8378 (ite z4_266 1 0)))
 (let ((?x8377 (ite z3_266 2 0)))
 (let ((?x8375 (ite z1_266 2 0)))
 (= (+ ?x8375 ?x8377 ?x8378 (* (- 1) q_266)) 1)))))
(assert
 (not (and z1_267 z2_267)))
(assert
 (not (and z1_267 z3_267)))
(assert
 (not (and z1_267 z4_267)))
(assert
 (not (and z1_267 z5_267)))
(assert
 (not (and z2_267 z3_267)))
(assert
 (not (and z2_267 z4_267)))
(assert
 (not (and z2_267 z5_267)))
(assert
 (not (and z3_267 z4_267)))
(assert
 (not (and z3_267 z5_267)))
(assert
 (not (and z4_267 z5_267)))
(assert
 (let ((?x8418 (ite z5_267 (- 2) 0)))
 (let ((?x8417 (ite z4_267 (- 1) 0)))
 (let ((?x8415 (ite z2_267 (- 2) 0)))
 (= (+ ?x8415 ?x8417 ?x8418 (* (- 1) q_267)) (- 1))))))
(assert
 (not (and z1_268 z2_268)))
(assert
 (not (and z1_268 z3_268)))
(assert
 (not (and z1_268 z4_268)))
(assert
 (not (and z1_268 z5_268)))
(assert
 (not (and z2_268 z3_268)))
(assert
 (not (and z2_268 z4_268)))
(assert
 (not (and z2_268 z5_268)))
(assert
 (not (and z3_268 z4_268)))
(assert
 (not (and z3_268 z5_268)))
(assert
 (not (and z4_268 z5_268)))
(assert
 (let ((?x8456 (ite z4_268 1 0)))
 (let ((?x8455 (ite z3_268 2 0)))
 (let ((?x8454 (ite z2_268 2 0)))
 (= (+ ?x8454 ?x8455 ?x8456 (* (- 1) q_268)) 1)))))
(assert
 (not (and z1_269 z2_269)))
(assert
 (not (and z1_269 z3_269)))
(assert
 (not (and z1_269 z4_269)))
(assert
 (not (and z1_269 z5_269)))
(assert
 (not (and z2_269 z3_269)))
(assert
 (not (and z2_269 z4_269)))
(assert
 (not (and z2_269 z5_269)))
(assert
 (not (and z3_269 z4_269)))
(assert
 (not (and z3_269 z5_269)))
(assert
 (not (and z4_269 z5_269)))
(assert
 (let ((?x8496 (ite z5_269 (- 2) 0)))
 (let ((?x8495 (ite z4_269 (- 1) 0)))
 (let ((?x8492 (ite z1_269 (- 2) 0)))
 (= (+ ?x8492 ?x8495 ?x8496 (* (- 1) q_269)) (- 1))))))
(assert
 (not (and z1_270 z2_270)))
(assert
 (not (and z1_270 z3_270)))
(assert
 (not (and z1_270 z4_270)))
(assert
 (not (and z1_270 z5_270)))
(assert
 (not (and z2_270 z3_270)))
(assert
 (not (and z2_270 z4_270)))
(assert
 (not (and z2_270 z5_270)))
(assert
 (not (and z3_270 z4_270)))
(assert
 (not (and z3_270 z5_270)))
(assert
 (not (and z4_270 z5_270)))
(assert
 (let ((?x8534 (ite z4_270 1 0)))
 (let ((?x8533 (ite z3_270 2 0)))
 (let ((?x8532 (ite z2_270 2 0)))
 (let ((?x8531 (ite z1_270 2 0)))
 (= (+ ?x8531 ?x8532 ?x8533 ?x8534 (* (- 1) q_270)) 1))))))
(assert
 (not (and z1_271 z2_271)))
(assert
 (not (and z1_271 z3_271)))
(assert
 (not (and z1_271 z4_271)))
(assert
 (not (and z1_271 z5_271)))
(assert
 (not (and z2_271 z3_271)))
(assert
 (not (and z2_271 z4_271)))
(assert
 (not (and z2_271 z5_271)))
(assert
 (not (and z3_271 z4_271)))
(assert
 (not (and z3_271 z5_271)))
(assert
 (not (and z4_271 z5_271)))
(assert
 (let ((?x8574 (ite z5_271 (- 2) 0)))
 (let ((?x8573 (ite z4_271 (- 1) 0)))
 (= (+ ?x8573 ?x8574 (* (- 1) q_271)) (- 1)))))
(assert
 (not (and z1_272 z2_272)))
(assert
 (not (and z1_272 z3_272)))
(assert
 (not (and z1_272 z4_272)))
(assert
 (not (and z1_272 z5_272)))
(assert
 (not (and z2_272 z3_272)))
(assert
 (not (and z2_272 z4_272)))
(assert
 (not (and z2_272 z5_272)))
(assert
 (not (and z3_272 z4_272)))
(assert
 (not (and z3_272 z5_272)))
(assert
 (not (and z4_272 z5_272)))
(assert
 (let ((?x8613 (ite z5_272 2 0)))
 (let ((?x8612 (ite z4_272 1 0)))
 (= (+ ?x8612 ?x8613 (* (- 1) q_272)) 1))))
(assert
 (not (and z1_273 z2_273)))
(assert
 (not (and z1_273 z3_273)))
(assert
 (not (and z1_273 z4_273)))
(assert
 (not (and z1_273 z5_273)))
(assert
 (not (and z2_273 z3_273)))
(assert
 (not (and z2_273 z4_273)))
(assert
 (not (and z2_273 z5_273)))
(assert
 (not (and z3_273 z4_273)))
(assert
 (not (and z3_273 z5_273)))
(assert
 (not (and z4_273 z5_273)))
(assert
 (let ((?x8651 (ite z4_273 (- 1) 0)))
 (let ((?x8650 (ite z3_273 (- 2) 0)))
 (let ((?x8649 (ite z2_273 (- 2) 0)))
 (let ((?x8648 (ite z1_273 (- 2) 0)))
 (= (+ ?x8648 ?x8649 ?x8650 ?x8651 (* (- 1) q_273)) (- 1)))))))
(assert
 (not (and z1_274 z2_274)))
(assert
 (not (and z1_274 z3_274)))
(assert
 (not (and z1_274 z4_274)))
(assert
 (not (and z1_274 z5_274)))
(assert
 (not (and z2_274 z3_274)))
(assert
 (not (and z2_274 z4_274)))
(assert
 (not (and z2_274 z5_274)))
(assert
 (not (and z3_274 z4_274)))
(assert
 (not (and z3_274 z5_274)))
(assert
 (not (and z4_274 z5_274)))
(assert
 (let ((?x8691 (ite z5_274 2 0)))
 (let ((?x8690 (ite z4_274 1 0)))
 (let ((?x8687 (ite z1_274 2 0)))
 (= (+ ?x8687 ?x8690 ?x8691 (* (- 1) q_274)) 1)))))
(assert
 (not (and z1_275 z2_275)))
(assert
 (not (and z1_275 z3_275)))
(assert
 (not (and z1_275 z4_275)))
(assert
 (not (and z1_275 z5_275)))
(assert
 (not (and z2_275 z3_275)))
(assert
 (not (and z2_275 z4_275)))
(assert
 (not (and z2_275 z5_275)))
(assert
 (not (and z3_275 z4_275)))
(assert
 (not (and z3_275 z5_275)))
(assert
 (not (and z4_275 z5_275)))
(assert
 (let ((?x8729 (ite z4_275 (- 1) 0)))
 (let ((?x8728 (ite z3_275 (- 2) 0)))
 (let ((?x8727 (ite z2_275 (- 2) 0)))
 (= (+ ?x8727 ?x8728 ?x8729 (* (- 1) q_275)) (- 1))))))
(assert
 (not (and z1_276 z2_276)))
(assert
 (not (and z1_276 z3_276)))
(assert
 (not (and z1_276 z4_276)))
(assert
 (not (and z1_276 z5_276)))
(assert
 (not (and z2_276 z3_276)))
(assert
 (not (and z2_276 z4_276)))
(assert
 (not (and z2_276 z5_276)))
(assert
 (not (and z3_276 z4_276)))
(assert
 (not (and z3_276 z5_276)))
(assert
 (not (and z4_276 z5_276)))
(assert
 (let ((?x8769 (ite z5_276 2 0)))
 (let ((?x8768 (ite z4_276 1 0)))
 (let ((?x8766 (ite z2_276 2 0)))
 (= (+ ?x8766 ?x8768 ?x8769 (* (- 1) q_276)) 1)))))
(assert
 (not (and z1_277 z2_277)))
(assert
 (not (and z1_277 z3_277)))
(assert
 (not (and z1_277 z4_277)))
(assert
 (not (and z1_277 z5_277)))
(assert
 (not (and z2_277 z3_277)))
(assert
 (not (and z2_277 z4_277)))
(assert
 (not (and z2_277 z5_277)))
(assert
 (not (and z3_277 z4_277)))
(assert
 (not (and z3_277 z5_277)))
(assert
 (not (and z4_277 z5_277)))
(assert
 (let ((?x8807 (ite z4_277 (- 1) 0)))
 (let ((?x8806 (ite z3_277 (- 2) 0)))
 (let ((?x8804 (ite z1_277 (- 2) 0)))
 (= (+ ?x8804 ?x8806 ?x8807 (* (- 1) q_277)) (- 1))))))
(assert
 (not (and z1_278 z2_278)))
(assert
 (not (and z1_278 z3_278)))
(assert
 (not (and z1_278 z4_278)))
(assert
 (not (and z1_278 z5_278)))
(assert
 (not (and z2_278 z3_278)))
(assert
 (not (and z2_278 z4_278)))
(assert
 (not (and z2_278 z5_278)))
(assert
 (not (and z3_278 z4_278)))
(assert
 (not (and z3_278 z5_278)))
(assert
 (not (and z4_278 z5_278)))
(assert
 (let ((?x8847 (ite z5_278 2 0)))
 (let ((?x8846 (ite z4_278 1 0)))
 (let ((?x8844 (ite z2_278 2 0)))
 (let ((?x8843 (ite z1_278 2 0)))
 (= (+ ?x8843 ?x8844 ?x8846 ?x8847 (* (- 1) q_278)) 1))))))
(assert
 (not (and z1_279 z2_279)))
(assert
 (not (and z1_279 z3_279)))
(assert
 (not (and z1_279 z4_279)))
(assert
 (not (and z1_279 z5_279)))
(assert
 (not (and z2_279 z3_279)))
(assert
 (not (and z2_279 z4_279)))
(assert
 (not (and z2_279 z5_279)))
(assert
 (not (and z3_279 z4_279)))
(assert
 (not (and z3_279 z5_279)))
(assert
 (not (and z4_279 z5_279)))
(assert
 (let ((?x8885 (ite z4_279 (- 1) 0)))
 (let ((?x8884 (ite z3_279 (- 2) 0)))
 (= (+ ?x8884 ?x8885 (* (- 1) q_279)) (- 1)))))
(assert
 (not (and z1_280 z2_280)))
(assert
 (not (and z1_280 z3_280)))
(assert
 (not (and z1_280 z4_280)))
(assert
 (not (and z1_280 z5_280)))
(assert
 (not (and z2_280 z3_280)))
(assert
 (not (and z2_280 z4_280)))
(assert
 (not (and z2_280 z5_280)))
(assert
 (not (and z3_280 z4_280)))
(assert
 (not (and z3_280 z5_280)))
(assert
 (not (and z4_280 z5_280)))
(assert
 (let ((?x8925 (ite z5_280 2 0)))
 (let ((?x8924 (ite z4_280 1 0)))
 (let ((?x8923 (ite z3_280 2 0)))
 (= (+ ?x8923 ?x8924 ?x8925 (* (- 1) q_280)) 1)))))
(assert
 (not (and z1_281 z2_281)))
(assert
 (not (and z1_281 z3_281)))
(assert
 (not (and z1_281 z4_281)))
(assert
 (not (and z1_281 z5_281)))
(assert
 (not (and z2_281 z3_281)))
(assert
 (not (and z2_281 z4_281)))
(assert
 (not (and z2_281 z5_281)))
(assert
 (not (and z3_281 z4_281)))
(assert
 (not (and z3_281 z5_281)))
(assert
 (not (and z4_281 z5_281)))
(assert
 (let ((?x8963 (ite z4_281 (- 1) 0)))
 (let ((?x8961 (ite z2_281 (- 2) 0)))
 (let ((?x8960 (ite z1_281 (- 2) 0)))
 (= (+ ?x8960 ?x8961 ?x8963 (* (- 1) q_281)) (- 1))))))
(assert
 (not (and z1_282 z2_282)))
(assert
 (not (and z1_282 z3_282)))
(assert
 (not (and z1_282 z4_282)))
(assert
 (not (and z1_282 z5_282)))
(assert
 (not (and z2_282 z3_282)))
(assert
 (not (and z2_282 z4_282)))
(assert
 (not (and z2_282 z5_282)))
(assert
 (not (and z3_282 z4_282)))
(assert
 (not (and z3_282 z5_282)))
(assert
 (not (and z4_282 z5_282)))
(assert
 (let ((?x9003 (ite z5_282 2 0)))
 (let ((?x9002 (ite z4_282 1 0)))
 (let ((?x9001 (ite z3_282 2 0)))
 (let ((?x8999 (ite z1_282 2 0)))
 (= (+ ?x8999 ?x9001 ?x9002 ?x9003 (* (- 1) q_282)) 1))))))
(assert
 (not (and z1_283 z2_283)))
(assert
 (not (and z1_283 z3_283)))
(assert
 (not (and z1_283 z4_283)))
(assert
 (not (and z1_283 z5_283)))
(assert
 (not (and z2_283 z3_283)))
(assert
 (not (and z2_283 z4_283)))
(assert
 (not (and z2_283 z5_283)))
(assert
 (not (and z3_283 z4_283)))
(assert
 (not (and z3_283 z5_283)))
(assert
 (not (and z4_283 z5_283)))
(assert
 (let ((?x9041 (ite z4_283 (- 1) 0)))
 (let ((?x9039 (ite z2_283 (- 2) 0)))
 (= (+ ?x9039 ?x9041 (* (- 1) q_283)) (- 1)))))
(assert
 (not (and z1_284 z2_284)))
(assert
 (not (and z1_284 z3_284)))
(assert
 (not (and z1_284 z4_284)))
(assert
 (not (and z1_284 z5_284)))
(assert
 (not (and z2_284 z3_284)))
(assert
 (not (and z2_284 z4_284)))
(assert
 (not (and z2_284 z5_284)))
(assert
 (not (and z3_284 z4_284)))
(assert
 (not (and z3_284 z5_284)))
(assert
 (not (and z4_284 z5_284)))
(assert
 (let ((?x9081 (ite z5_284 2 0)))
 (let ((?x9080 (ite z4_284 1 0)))
 (let ((?x9079 (ite z3_284 2 0)))
 (let ((?x9078 (ite z2_284 2 0)))
 (= (+ ?x9078 ?x9079 ?x9080 ?x9081 (* (- 1) q_284)) 1))))))
(assert
 (not (and z1_285 z2_285)))
(assert
 (not (and z1_285 z3_285)))
(assert
 (not (and z1_285 z4_285)))
(assert
 (not (and z1_285 z5_285)))
(assert
 (not (and z2_285 z3_285)))
(assert
 (not (and z2_285 z4_285)))
(assert
 (not (and z2_285 z5_285)))
(assert
 (not (and z3_285 z4_285)))
(assert
 (not (and z3_285 z5_285)))
(assert
 (not (and z4_285 z5_285)))
(assert
 (let ((?x9119 (ite z4_285 (- 1) 0)))
 (let ((?x9116 (ite z1_285 (- 2) 0)))
 (= (+ ?x9116 ?x9119 (* (- 1) q_285)) (- 1)))))
(assert
 (not (and z1_286 z2_286)))
(assert
 (not (and z1_286 z3_286)))
(assert
 (not (and z1_286 z4_286)))
(assert
 (not (and z1_286 z5_286)))
(assert
 (not (and z2_286 z3_286)))
(assert
 (not (and z2_286 z4_286)))
(assert
 (not (and z2_286 z5_286)))
(assert
 (not (and z3_286 z4_286)))
(assert
 (not (and z3_286 z5_286)))
(assert
 (not (and z4_286 z5_286)))
(assert
 (let ((?x9159 (ite z5_286 2 0)))
 (let ((?x9158 (ite z4_286 1 0)))
 (let ((?x9157 (ite z3_286 2 0)))
 (let ((?x9156 (ite z2_286 2 0)))
 (let ((?x9155 (ite z1_286 2 0)))
 (= (+ ?x9155 ?x9156 ?x9157 ?x9158 ?x9159 (* (- 1) q_286)) 1)))))))
(assert
 (not (and z1_287 z2_287)))
(assert
 (not (and z1_287 z3_287)))
(assert
 (not (and z1_287 z4_287)))
(assert
 (not (and z1_287 z5_287)))
(assert
 (not (and z2_287 z3_287)))
(assert
 (not (and z2_287 z4_287)))
(assert
 (not (and z2_287 z5_287)))
(assert
 (not (and z3_287 z4_287)))
(assert
 (not (and z3_287 z5_287)))
(assert
 (not (and z4_287 z5_287)))
(assert
 (= (+ (ite z4_287 (- 1) 0) (* (- 1) q_287)) (- 1)))
(assert
 (not (and z1_288 z2_288)))
(assert
 (not (and z1_288 z3_288)))
(assert
 (not (and z1_288 z4_288)))
(assert
 (not (and z1_288 z5_288)))
(assert
 (not (and z2_288 z3_288)))
(assert
 (not (and z2_288 z4_288)))
(assert
 (not (and z2_288 z5_288)))
(assert
 (not (and z3_288 z4_288)))
(assert
 (not (and z3_288 z5_288)))
(assert
 (not (and z4_288 z5_288)))
(assert
 (= (+ (ite z5_288 1 0) (* (- 1) q_288)) 1))
(assert
 (not (and z1_289 z2_289)))
(assert
 (not (and z1_289 z3_289)))
(assert
 (not (and z1_289 z4_289)))
(assert
 (not (and z1_289 z5_289)))
(assert
 (not (and z2_289 z3_289)))
(assert
 (not (and z2_289 z4_289)))
(assert
 (not (and z2_289 z5_289)))
(assert
 (not (and z3_289 z4_289)))
(assert
 (not (and z3_289 z5_289)))
(assert
 (not (and z4_289 z5_289)))
(assert
 (let ((?x9276 (ite z5_289 (- 1) 0)))
 (let ((?x9275 (ite z4_289 (- 2) 0)))
 (let ((?x9274 (ite z3_289 (- 2) 0)))
 (let ((?x9273 (ite z2_289 (- 2) 0)))
 (let ((?x9272 (ite z1_289 (- 2) 0)))
 (= (+ ?x9272 ?x9273 ?x9274 ?x9275 ?x9276 (* (- 1) q_289)) (- 1))))))))
(assert
 (not (and z1_290 z2_290)))
(assert
 (not (and z1_290 z3_290)))
(assert
 (not (and z1_290 z4_290)))
(assert
 (not (and z1_290 z5_290)))
(assert
 (not (and z2_290 z3_290)))
(assert
 (not (and z2_290 z4_290)))
(assert
 (not (and z2_290 z5_290)))
(assert
 (not (and z3_290 z4_290)))
(assert
 (not (and z3_290 z5_290)))
(assert
 (not (and z4_290 z5_290)))
(assert
 (let ((?x9315 (ite z5_290 1 0)))
 (let ((?x9311 (ite z1_290 2 0)))
 (= (+ ?x9311 ?x9315 (* (- 1) q_290)) 1))))
(assert
 (not (and z1_291 z2_291)))
(assert
 (not (and z1_291 z3_291)))
(assert
 (not (and z1_291 z4_291)))
(assert
 (not (and z1_291 z5_291)))
(assert
 (not (and z2_291 z3_291)))
(assert
 (not (and z2_291 z4_291)))
(assert
 (not (and z2_291 z5_291)))
(assert
 (not (and z3_291 z4_291)))
(assert
 (not (and z3_291 z5_291)))
(assert
 (not (and z4_291 z5_291)))
(assert
 (let ((?x9354 (ite z5_291 (- 1) 0)))
 (let ((?x9353 (ite z4_291 (- 2) 0)))
 (let ((?x9352 (ite z3_291 (- 2) 0)))
 (let ((?x9351 (ite z2_291 (- 2) 0)))
 (= (+ ?x9351 ?x9352 ?x9353 ?x9354 (* (- 1) q_291)) (- 1)))))))
(assert
 (not (and z1_292 z2_292)))
(assert
 (not (and z1_292 z3_292)))
(assert
 (not (and z1_292 z4_292)))
(assert
 (not (and z1_292 z5_292)))
(assert
 (not (and z2_292 z3_292)))
(assert
 (not (and z2_292 z4_292)))
(assert
 (not (and z2_292 z5_292)))
(assert
 (not (and z3_292 z4_292)))
(assert
 (not (and z3_292 z5_292)))
(assert
 (not (and z4_292 z5_292)))
(assert
 (let ((?x9393 (ite z5_292 1 0)))
 (let ((?x9390 (ite z2_292 2 0)))
 (= (+ ?x9390 ?x9393 (* (- 1) q_292)) 1))))
(assert
 (not (and z1_293 z2_293)))
(assert
 (not (and z1_293 z3_293)))
(assert
 (not (and z1_293 z4_293)))
(assert
 (not (and z1_293 z5_293)))
(assert
 (not (and z2_293 z3_293)))
(assert
 (not (and z2_293 z4_293)))
(assert
 (not (and z2_293 z5_293)))
(assert
 (not (and z3_293 z4_293)))
(assert
 (not (and z3_293 z5_293)))
(assert
 (not (and z4_293 z5_293)))
(assert
 (let ((?x9432 (ite z5_293 (- 1) 0)))
 (let ((?x9431 (ite z4_293 (- 2) 0)))
 (let ((?x9430 (ite z3_293 (- 2) 0)))
 (let ((?x9428 (ite z1_293 (- 2) 0)))
 (= (+ ?x9428 ?x9430 ?x9431 ?x9432 (* (- 1) q_293)) (- 1)))))))
(assert
 (not (and z1_294 z2_294)))
(assert
 (not (and z1_294 z3_294)))
(assert
 (not (and z1_294 z4_294)))
(assert
 (not (and z1_294 z5_294)))
(assert
 (not (and z2_294 z3_294)))
(assert
 (not (and z2_294 z4_294)))
(assert
 (not (and z2_294 z5_294)))
(assert
 (not (and z3_294 z4_294)))
(assert
 (not (and z3_294 z5_294)))
(assert
 (not (and z4_294 z5_294)))
(assert
 (let ((?x9471 (ite z5_294 1 0)))
 (let ((?x9468 (ite z2_294 2 0)))
 (let ((?x9467 (ite z1_294 2 0)))
 (= (+ ?x9467 ?x9468 ?x9471 (* (- 1) q_294)) 1)))))
(assert
 (not (and z1_295 z2_295)))
(assert
 (not (and z1_295 z3_295)))
(assert
 (not (and z1_295 z4_295)))
(assert
 (not (and z1_295 z5_295)))
(assert
 (not (and z2_295 z3_295)))
(assert
 (not (and z2_295 z4_295)))
(assert
 (not (and z2_295 z5_295)))
(assert
 (not (and z3_295 z4_295)))
(assert
 (not (and z3_295 z5_295)))
(assert
 (not (and z4_295 z5_295)))
(assert
 (let ((?x9510 (ite z5_295 (- 1) 0)))
 (let ((?x9509 (ite z4_295 (- 2) 0)))
 (let ((?x9508 (ite z3_295 (- 2) 0)))
 (= (+ ?x9508 ?x9509 ?x9510 (* (- 1) q_295)) (- 1))))))
(assert
 (not (and z1_296 z2_296)))
(assert
 (not (and z1_296 z3_296)))
(assert
 (not (and z1_296 z4_296)))
(assert
 (not (and z1_296 z5_296)))
(assert
 (not (and z2_296 z3_296)))
(assert
 (not (and z2_296 z4_296)))
(assert
 (not (and z2_296 z5_296)))
(assert
 (not (and z3_296 z4_296)))
(assert
 (not (and z3_296 z5_296)))
(assert
 (not (and z4_296 z5_296)))
(assert
 (let ((?x9549 (ite z5_296 1 0)))
 (let ((?x9547 (ite z3_296 2 0)))
 (= (+ ?x9547 ?x9549 (* (- 1) q_296)) 1))))
(assert
 (not (and z1_297 z2_297)))
(assert
 (not (and z1_297 z3_297)))
(assert
 (not (and z1_297 z4_297)))
(assert
 (not (and z1_297 z5_297)))
(assert
 (not (and z2_297 z3_297)))
(assert
 (not (and z2_297 z4_297)))
(assert
 (not (and z2_297 z5_297)))
(assert
 (not (and z3_297 z4_297)))
(assert
 (not (and z3_297 z5_297)))
(assert
 (not (and z4_297 z5_297)))
(assert
 (let ((?x9588 (ite z5_297 (- 1) 0)))
 (let ((?x9587 (ite z4_297 (- 2) 0)))
 (let ((?x9585 (ite z2_297 (- 2) 0)))
 (let ((?x9584 (ite z1_297 (- 2) 0)))
 (= (+ ?x9584 ?x9585 ?x9587 ?x9588 (* (- 1) q_297)) (- 1)))))))
(assert
 (not (and z1_298 z2_298)))
(assert
 (not (and z1_298 z3_298)))
(assert
 (not (and z1_298 z4_298)))
(assert
 (not (and z1_298 z5_298)))
(assert
 (not (and z2_298 z3_298)))
(assert
 (not (and z2_298 z4_298)))
(assert
 (not (and z2_298 z5_298)))
(assert
 (not (and z3_298 z4_298)))
(assert
 (not (and z3_298 z5_298)))
(assert
 (not (and z4_298 z5_298)))
(assert
 (let ((?x9627 (ite z5_298 1 0)))
 (let ((?x9625 (ite z3_298 2 0)))
 (let ((?x9623 (ite z1_298 2 0)))
 (= (+ ?x9623 ?x9625 ?x9627 (* (- 1) q_298)) 1)))))
(assert
 (not (and z1_299 z2_299)))
(assert
 (not (and z1_299 z3_299)))
(assert
 (not (and z1_299 z4_299)))
(assert
 (not (and z1_299 z5_299)))
(assert
 (not (and z2_299 z3_299)))
(assert
 (not (and z2_299 z4_299)))
(assert
 (not (and z2_299 z5_299)))
(assert
 (not (and z3_299 z4_299)))
(assert
 (not (and z3_299 z5_299)))
(assert
 (not (and z4_299 z5_299)))
(assert
 (let ((?x9666 (ite z5_299 (- 1) 0)))
 (let ((?x9665 (ite z4_299 (- 2) 0)))
 (let ((?x9663 (ite z2_299 (- 2) 0)))
 (= (+ ?x9663 ?x9665 ?x9666 (* (- 1) q_299)) (- 1))))))
(assert
 (not (and z1_300 z2_300)))
(assert
 (not (and z1_300 z3_300)))
(assert
 (not (and z1_300 z4_300)))
(assert
 (not (and z1_300 z5_300)))
(assert
 (not (and z2_300 z3_300)))
(assert
 (not (and z2_300 z4_300)))
(assert
 (not (and z2_300 z5_300)))
(assert
 (not (and z3_300 z4_300)))
(assert
 (not (and z3_300 z5_300)))
(assert
 (not (and z4_300 z5_300)))
(assert
 (let ((?x9705 (ite z5_300 1 0)))
 (let ((?x9703 (ite z3_300 2 0)))
 (let ((?x9702 (ite z2_300 2 0)))
 (= (+ ?x9702 ?x9703 ?x9705 (* (- 1) q_300)) 1)))))
(assert
 (not (and z1_301 z2_301)))
(assert
 (not (and z1_301 z3_301)))
(assert
 (not (and z1_301 z4_301)))
(assert
 (not (and z1_301 z5_301)))
(assert
 (not (and z2_301 z3_301)))
(assert
 (not (and z2_301 z4_301)))
(assert
 (not (and z2_301 z5_301)))
(assert
 (not (and z3_301 z4_301)))
(assert
 (not (and z3_301 z5_301)))
(assert
 (not (and z4_301 z5_301)))
(assert
 (let ((?x9744 (ite z5_301 (- 1) 0)))
 (let ((?x9743 (ite z4_301 (- 2) 0)))
 (let ((?x9740 (ite z1_301 (- 2) 0)))
 (= (+ ?x9740 ?x9743 ?x9744 (* (- 1) q_301)) (- 1))))))
(assert
 (not (and z1_302 z2_302)))
(assert
 (not (and z1_302 z3_302)))
(assert
 (not (and z1_302 z4_302)))
(assert
 (not (and z1_302 z5_302)))
(assert
 (not (and z2_302 z3_302)))
(assert
 (not (and z2_302 z4_302)))
(assert
 (not (and z2_302 z5_302)))
(assert
 (not (and z3_302 z4_302)))
(assert
 (not (and z3_302 z5_302)))
(assert
 (not (and z4_302 z5_302)))
(assert
 (let ((?x9783 (ite z5_302 1 0)))
 (let ((?x9781 (ite z3_302 2 0)))
 (let ((?x9780 (ite z2_302 2 0)))
 (let ((?x9779 (ite z1_302 2 0)))
 (= (+ ?x9779 ?x9780 ?x9781 ?x9783 (* (- 1) q_302)) 1))))))
(assert
 (not (and z1_303 z2_303)))
(assert
 (not (and z1_303 z3_303)))
(assert
 (not (and z1_303 z4_303)))
(assert
 (not (and z1_303 z5_303)))
(assert
 (not (and z2_303 z3_303)))
(assert
 (not (and z2_303 z4_303)))
(assert
 (not (and z2_303 z5_303)))
(assert
 (not (and z3_303 z4_303)))
(assert
 (not (and z3_303 z5_303)))
(assert
 (not (and z4_303 z5_303)))
(assert
 (let ((?x9822 (ite z5_303 (- 1) 0)))
 (let ((?x9821 (ite z4_303 (- 2) 0)))
 (= (+ ?x9821 ?x9822 (* (- 1) q_303)) (- 1)))))
(assert
 (not (and z1_304 z2_304)))
(assert
 (not (and z1_304 z3_304)))
(assert
 (not (and z1_304 z4_304)))
(assert
 (not (and z1_304 z5_304)))
(assert
 (not (and z2_304 z3_304)))
(assert
 (not (and z2_304 z4_304)))
(assert
 (not (and z2_304 z5_304)))
(assert
 (not (and z3_304 z4_304)))
(assert
 (not (and z3_304 z5_304)))
(assert
 (not (and z4_304 z5_304)))
(assert
 (let ((?x9861 (ite z5_304 1 0)))
 (let ((?x9860 (ite z4_304 2 0)))
 (= (+ ?x9860 ?x9861 (* (- 1) q_304)) 1))))
(assert
 (not (and z1_305 z2_305)))
(assert
 (not (and z1_305 z3_305)))
(assert
 (not (and z1_305 z4_305)))
(assert
 (not (and z1_305 z5_305)))
(assert
 (not (and z2_305 z3_305)))
(assert
 (not (and z2_305 z4_305)))
(assert
 (not (and z2_305 z5_305)))
(assert
 (not (and z3_305 z4_305)))
(assert
 (not (and z3_305 z5_305)))
(assert
 (not (and z4_305 z5_305)))
(assert
 (let ((?x9900 (ite z5_305 (- 1) 0)))
 (let ((?x9898 (ite z3_305 (- 2) 0)))
 (let ((?x9897 (ite z2_305 (- 2) 0)))
 (let ((?x9896 (ite z1_305 (- 2) 0)))
 (= (+ ?x9896 ?x9897 ?x9898 ?x9900 (* (- 1) q_305)) (- 1)))))))
(assert
 (not (and z1_306 z2_306)))
(assert
 (not (and z1_306 z3_306)))
(assert
 (not (and z1_306 z4_306)))
(assert
 (not (and z1_306 z5_306)))
(assert
 (not (and z2_306 z3_306)))
(assert
 (not (and z2_306 z4_306)))
(assert
 (not (and z2_306 z5_306)))
(assert
 (not (and z3_306 z4_306)))
(assert
 (not (and z3_306 z5_306)))
(assert
 (not (and z4_306 z5_306)))
(assert
 (let ((?x9939 (ite z5_306 1 0)))
 (let ((?x9938 (ite z4_306 2 0)))
 (let ((?x9935 (ite z1_306 2 0)))
 (= (+ ?x9935 ?x9938 ?x9939 (* (- 1) q_306)) 1)))))
(assert
 (not (and z1_307 z2_307)))
(assert
 (not (and z1_307 z3_307)))
(assert
 (not (and z1_307 z4_307)))
(assert
 (not (and z1_307 z5_307)))
(assert
 (not (and z2_307 z3_307)))
(assert
 (not (and z2_307 z4_307)))
(assert
 (not (and z2_307 z5_307)))
(assert
 (not (and z3_307 z4_307)))
(assert
 (not (and z3_307 z5_307)))
(assert
 (not (and z4_307 z5_307)))
(assert
 (let ((?x9978 (ite z5_307 (- 1) 0)))
 (let ((?x9976 (ite z3_307 (- 2) 0)))
 (let ((?x9975 (ite z2_307 (- 2) 0)))
 (= (+ ?x9975 ?x9976 ?x9978 (* (- 1) q_307)) (- 1))))))
(assert
 (not (and z1_308 z2_308)))
(assert
 (not (and z1_308 z3_308)))
(assert
 (not (and z1_308 z4_308)))
(assert
 (not (and z1_308 z5_308)))
(assert
 (not (and z2_308 z3_308)))
(assert
 (not (and z2_308 z4_308)))
(assert
 (not (and z2_308 z5_308)))
(assert
 (not (and z3_308 z4_308)))
(assert
 (not (and z3_308 z5_308)))
(assert
 (not (and z4_308 z5_308)))
(assert
 (let ((?x10017 (ite z5_308 1 0)))
 (let ((?x10016 (ite z4_308 2 0)))
 (let ((?x10014 (ite z2_308 2 0)))
 (= (+ ?x10014 ?x10016 ?x10017 (* (- 1) q_308)) 1)))))
(assert
 (not (and z1_309 z2_309)))
(assert
 (not (and z1_309 z3_309)))
(assert
 (not (and z1_309 z4_309)))
(assert
 (not (and z1_309 z5_309)))
(assert
 (not (and z2_309 z3_309)))
(assert
 (not (and z2_309 z4_309)))
(assert
 (not (and z2_309 z5_309)))
(assert
 (not (and z3_309 z4_309)))
(assert
 (not (and z3_309 z5_309)))
(assert
 (not (and z4_309 z5_309)))
(assert
 (let ((?x10056 (ite z5_309 (- 1) 0)))
 (let ((?x10054 (ite z3_309 (- 2) 0)))
 (let ((?x10052 (ite z1_309 (- 2) 0)))
 (= (+ ?x10052 ?x10054 ?x10056 (* (- 1) q_309)) (- 1))))))
(assert
 (not (and z1_310 z2_310)))
(assert
 (not (and z1_310 z3_310)))
(assert
 (not (and z1_310 z4_310)))
(assert
 (not (and z1_310 z5_310)))
(assert
 (not (and z2_310 z3_310)))
(assert
 (not (and z2_310 z4_310)))
(assert
 (not (and z2_310 z5_310)))
(assert
 (not (and z3_310 z4_310)))
(assert
 (not (and z3_310 z5_310)))
(assert
 (not (and z4_310 z5_310)))
(assert
 (let ((?x10095 (ite z5_310 1 0)))
 (let ((?x10094 (ite z4_310 2 0)))
 (let ((?x10092 (ite z2_310 2 0)))
 (let ((?x10091 (ite z1_310 2 0)))
 (= (+ ?x10091 ?x10092 ?x10094 ?x10095 (* (- 1) q_310)) 1))))))
(assert
 (not (and z1_311 z2_311)))
(assert
 (not (and z1_311 z3_311)))
(assert
 (not (and z1_311 z4_311)))
(assert
 (not (and z1_311 z5_311)))
(assert
 (not (and z2_311 z3_311)))
(assert
 (not (and z2_311 z4_311)))
(assert
 (not (and z2_311 z5_311)))
(assert
 (not (and z3_311 z4_311)))
(assert
 (not (and z3_311 z5_311)))
(assert
 (not (and z4_311 z5_311)))
(assert
 (let ((?x10134 (ite z5_311 (- 1) 0)))
 (let ((?x10132 (ite z3_311 (- 2) 0)))
 (= (+ ?x10132 ?x10134 (* (- 1) q_311)) (- 1)))))
(assert
 (not (and z1_312 z2_312)))
(assert
 (not (and z1_312 z3_312)))
(assert
 (not (and z1_312 z4_312)))
(assert
 (not (and z1_312 z5_312)))
(assert
 (not (and z2_312 z3_312)))
(assert
 (not (and z2_312 z4_312)))
(assert
 (not (and z2_312 z5_312)))
(assert
 (not (and z3_312 z4_312)))
(assert
 (not (and z3_312 z5_312)))
(assert
 (not (and z4_312 z5_312)))
(assert
 (let ((?x10173 (ite z5_312 1 0)))
 (let ((?x10172 (ite z4_312 2 0)))
 (let ((?x10171 (ite z3_312 2 0)))
 (= (+ ?x10171 ?x10172 ?x10173 (* (- 1) q_312)) 1)))))
(assert
 (not (and z1_313 z2_313)))
(assert
 (not (and z1_313 z3_313)))
(assert
 (not (and z1_313 z4_313)))
(assert
 (not (and z1_313 z5_313)))
(assert
 (not (and z2_313 z3_313)))
(assert
 (not (and z2_313 z4_313)))
(assert
 (not (and z2_313 z5_313)))
(assert
 (not (and z3_313 z4_313)))
(assert
 (not (and z3_313 z5_313)))
(assert
 (not (and z4_313 z5_313)))
(assert
 (let ((?x10212 (ite z5_313 (- 1) 0)))
 (let ((?x10209 (ite z2_313 (- 2) 0)))
 (let ((?x10208 (ite z1_313 (- 2) 0)))
 (= (+ ?x10208 ?x10209 ?x10212 (* (- 1) q_313)) (- 1))))))
(assert
 (not (and z1_314 z2_314)))
(assert
 (not (and z1_314 z3_314)))
(assert
 (not (and z1_314 z4_314)))
(assert
 (not (and z1_314 z5_314)))
(assert
 (not (and z2_314 z3_314)))
(assert
 (not (and z2_314 z4_314)))
(assert
 (not (and z2_314 z5_314)))
(assert
 (not (and z3_314 z4_314)))
(assert
 (not (and z3_314 z5_314)))
(assert
 (not (and z4_314 z5_314)))
(assert
 (let ((?x10251 (ite z5_314 1 0)))
 (let ((?x10250 (ite z4_314 2 0)))
 (let ((?x10249 (ite z3_314 2 0)))
 (let ((?x10247 (ite z1_314 2 0)))
 (= (+ ?x10247 ?x10249 ?x10250 ?x10251 (* (- 1) q_314)) 1))))))
(assert
 (not (and z1_315 z2_315)))
(assert
 (not (and z1_315 z3_315)))
(assert
 (not (and z1_315 z4_315)))
(assert
 (not (and z1_315 z5_315)))
(assert
 (not (and z2_315 z3_315)))
(assert
 (not (and z2_315 z4_315)))
(assert
 (not (and z2_315 z5_315)))
(assert
 (not (and z3_315 z4_315)))
(assert
 (not (and z3_315 z5_315)))
(assert
 (not (and z4_315 z5_315)))
(assert
 (let ((?x10290 (ite z5_315 (- 1) 0)))
 (let ((?x10287 (ite z2_315 (- 2) 0)))
 (= (+ ?x10287 ?x10290 (* (- 1) q_315)) (- 1)))))
(assert
 (not (and z1_316 z2_316)))
(assert
 (not (and z1_316 z3_316)))
(assert
 (not (and z1_316 z4_316)))
(assert
 (not (and z1_316 z5_316)))
(assert
 (not (and z2_316 z3_316)))
(assert
 (not (and z2_316 z4_316)))
(assert
 (not (and z2_316 z5_316)))
(assert
 (not (and z3_316 z4_316)))
(assert
 (not (and z3_316 z5_316)))
(assert
 (not (and z4_316 z5_316)))
(assert
 (let ((?x10329 (ite z5_316 1 0)))
 (let ((?x10328 (ite z4_316 2 0)))
 (let ((?x10327 (ite z3_316 2 0)))
 (let ((?x10326 (ite z2_316 2 0)))
 (= (+ ?x10326 ?x10327 ?x10328 ?x10329 (* (- 1) q_316)) 1))))))
(assert
 (not (and z1_317 z2_317)))
(assert
 (not (and z1_317 z3_317)))
(assert
 (not (and z1_317 z4_317)))
(assert
 (not (and z1_317 z5_317)))
(assert
 (not (and z2_317 z3_317)))
(assert
 (not (and z2_317 z4_317)))
(assert
 (not (and z2_317 z5_317)))
(assert
 (not (and z3_317 z4_317)))
(assert
 (not (and z3_317 z5_317)))
(assert
 (not (and z4_317 z5_317)))
(assert
 (let ((?x10368 (ite z5_317 (- 1) 0)))
 (let ((?x10364 (ite z1_317 (- 2) 0)))
 (= (+ ?x10364 ?x10368 (* (- 1) q_317)) (- 1)))))
(assert
 (not (and z1_318 z2_318)))
(assert
 (not (and z1_318 z3_318)))
(assert
 (not (and z1_318 z4_318)))
(assert
 (not (and z1_318 z5_318)))
(assert
 (not (and z2_318 z3_318)))
(assert
 (not (and z2_318 z4_318)))
(assert
 (not (and z2_318 z5_318)))
(assert
 (not (and z3_318 z4_318)))
(assert
 (not (and z3_318 z5_318)))
(assert
 (not (and z4_318 z5_318)))
(assert
 (let ((?x10407 (ite z5_318 1 0)))
 (let ((?x10406 (ite z4_318 2 0)))
 (let ((?x10405 (ite z3_318 2 0)))
 (let ((?x10404 (ite z2_318 2 0)))
 (let ((?x10403 (ite z1_318 2 0)))
 (= (+ ?x10403 ?x10404 ?x10405 ?x10406 ?x10407 (* (- 1) q_318)) 1)))))))
(assert
 (not (and z1_319 z2_319)))
(assert
 (not (and z1_319 z3_319)))
(assert
 (not (and z1_319 z4_319)))
(assert
 (not (and z1_319 z5_319)))
(assert
 (not (and z2_319 z3_319)))
(assert
 (not (and z2_319 z4_319)))
(assert
 (not (and z2_319 z5_319)))
(assert
 (not (and z3_319 z4_319)))
(assert
 (not (and z3_319 z5_319)))
(assert
 (not (and z4_319 z5_319)))
(assert
 (= (+ (ite z5_319 (- 1) 0) (* (- 1) q_319)) (- 1)))
(assert
 (let ((?x10450 (ite z5_319 0 1)))
 (let ((?x13241 (ite (or z1_319 z2_319 z3_319 z4_319) 1 ?x10450)))
 (let (($x13243 (not (= q_319 ?x13241))))
 (let ((?x10411 (ite z5_318 0 (- 1))))
 (let ((?x13229 (ite (or z1_318 z2_318 z3_318 z4_318) 1 ?x10411)))
 (let (($x13231 (not (= q_318 ?x13229))))
 (let ((?x10372 (ite z5_317 0 1)))
 (let ((?x13216 (ite (or z2_317 z3_317 z4_317) 1 ?x10372)))
 (let (($x13219 (not (= q_317 (ite z1_317 (- 1) ?x13216)))))
 (let ((?x10333 (ite z5_316 0 (- 1))))
 (let ((?x13207 (ite (or z2_316 z3_316 z4_316) 1 ?x10333)))
 (let (($x13210 (not (= q_316 (ite z1_316 (- 1) ?x13207)))))
 (let ((?x10294 (ite z5_315 0 1)))
 (let ((?x13197 (ite (or z3_315 z4_315) 1 ?x10294)))
 (let ((?x13198 (ite z2_315 (- 1) ?x13197)))
 (let (($x13201 (not (= q_315 (ite z1_315 1 ?x13198)))))
 (let ((?x10255 (ite z5_314 0 (- 1))))
 (let ((?x13191 (ite (or z3_314 z4_314) 1 ?x10255)))
 (let ((?x13192 (ite z2_314 (- 1) ?x13191)))
 (let (($x13195 (not (= q_314 (ite z1_314 1 ?x13192)))))
 (let ((?x10216 (ite z5_313 0 1)))
 (let ((?x13184 (ite (or z3_313 z4_313) 1 ?x10216)))
 (let ((?x13187 (ite (or z1_313 z2_313) (- 1) ?x13184)))
 (let (($x13189 (not (= q_313 ?x13187))))
 (let ((?x10177 (ite z5_312 0 (- 1))))
 (let ((?x13177 (ite (or z3_312 z4_312) 1 ?x10177)))
 (let ((?x13180 (ite (or z1_312 z2_312) (- 1) ?x13177)))
 (let (($x13182 (not (= q_312 ?x13180))))
 (let ((?x10138 (ite z5_311 0 1)))
 (let ((?x10139 (ite z4_311 1 ?x10138)))
 (let ((?x10140 (ite z3_311 (- 1) ?x10139)))
 (let ((?x13173 (ite (or z1_311 z2_311) 1 ?x10140)))
 (let (($x13175 (not (= q_311 ?x13173))))
 (let ((?x10099 (ite z5_310 0 (- 1))))
 (let ((?x10100 (ite z4_310 1 ?x10099)))
 (let ((?x10101 (ite z3_310 (- 1) ?x10100)))
 (let ((?x13169 (ite (or z1_310 z2_310) 1 ?x10101)))
 (let (($x13171 (not (= q_310 ?x13169))))
 (let ((?x10060 (ite z5_309 0 1)))
 (let ((?x10061 (ite z4_309 1 ?x10060)))
 (let ((?x10062 (ite z3_309 (- 1) ?x10061)))
 (let ((?x10063 (ite z2_309 1 ?x10062)))
 (let ((?x10064 (ite z1_309 (- 1) ?x10063)))
 (let (($x13167 (not (= q_309 ?x10064))))
 (let ((?x10021 (ite z5_308 0 (- 1))))
 (let ((?x10022 (ite z4_308 1 ?x10021)))
 (let ((?x10023 (ite z3_308 (- 1) ?x10022)))
 (let ((?x10024 (ite z2_308 1 ?x10023)))
 (let ((?x10025 (ite z1_308 (- 1) ?x10024)))
 (let (($x13165 (not (= q_308 ?x10025))))
 (let ((?x9982 (ite z5_307 0 1)))
 (let ((?x9983 (ite z4_307 1 ?x9982)))
 (let ((?x13160 (ite (or z2_307 z3_307) (- 1) ?x9983)))
 (let (($x13163 (not (= q_307 (ite z1_307 1 ?x13160)))))
 (let ((?x9943 (ite z5_306 0 (- 1))))
 (let ((?x9944 (ite z4_306 1 ?x9943)))
 (let ((?x13155 (ite (or z2_306 z3_306) (- 1) ?x9944)))
 (let (($x13158 (not (= q_306 (ite z1_306 1 ?x13155)))))
 (let ((?x9904 (ite z5_305 0 1)))
 (let ((?x9905 (ite z4_305 1 ?x9904)))
 (let ((?x13151 (ite (or z1_305 z2_305 z3_305) (- 1) ?x9905)))
 (let (($x13153 (not (= q_305 ?x13151))))
 (let ((?x9865 (ite z5_304 0 (- 1))))
 (let ((?x9866 (ite z4_304 1 ?x9865)))
 (let ((?x13143 (ite (or z1_304 z2_304 z3_304) (- 1) ?x9866)))
 (let (($x13145 (not (= q_304 ?x13143))))
 (let ((?x9826 (ite z5_303 0 1)))
 (let ((?x9827 (ite z4_303 (- 1) ?x9826)))
 (let ((?x13135 (ite (or z1_303 z2_303 z3_303) 1 ?x9827)))
 (let (($x13137 (not (= q_303 ?x13135))))
 (let ((?x9787 (ite z5_302 0 (- 1))))
 (let ((?x9788 (ite z4_302 (- 1) ?x9787)))
 (let ((?x13127 (ite (or z1_302 z2_302 z3_302) 1 ?x9788)))
 (let (($x13129 (not (= q_302 ?x13127))))
 (let ((?x9748 (ite z5_301 0 1)))
 (let ((?x9749 (ite z4_301 (- 1) ?x9748)))
 (let ((?x13118 (ite (or z2_301 z3_301) 1 ?x9749)))
 (let (($x13121 (not (= q_301 (ite z1_301 (- 1) ?x13118)))))
 (let ((?x9709 (ite z5_300 0 (- 1))))
 (let ((?x9710 (ite z4_300 (- 1) ?x9709)))
 (let ((?x13113 (ite (or z2_300 z3_300) 1 ?x9710)))
 (let (($x13116 (not (= q_300 (ite z1_300 (- 1) ?x13113)))))
 (let ((?x9670 (ite z5_299 0 1)))
 (let ((?x9671 (ite z4_299 (- 1) ?x9670)))
 (let ((?x9672 (ite z3_299 1 ?x9671)))
 (let ((?x9673 (ite z2_299 (- 1) ?x9672)))
 (let ((?x9674 (ite z1_299 1 ?x9673)))
 (let (($x13111 (not (= q_299 ?x9674))))
 (let ((?x9631 (ite z5_298 0 (- 1))))
 (let ((?x9632 (ite z4_298 (- 1) ?x9631)))
 (let ((?x9633 (ite z3_298 1 ?x9632)))
 (let ((?x9634 (ite z2_298 (- 1) ?x9633)))
 (let ((?x9635 (ite z1_298 1 ?x9634)))
 (let (($x13109 (not (= q_298 ?x9635))))
 (let ((?x9592 (ite z5_297 0 1)))
 (let ((?x9593 (ite z4_297 (- 1) ?x9592)))
 (let ((?x9594 (ite z3_297 1 ?x9593)))
 (let ((?x13105 (ite (or z1_297 z2_297) (- 1) ?x9594)))
 (let (($x13107 (not (= q_297 ?x13105))))
 (let ((?x9553 (ite z5_296 0 (- 1))))
 (let ((?x9554 (ite z4_296 (- 1) ?x9553)))
 (let ((?x9555 (ite z3_296 1 ?x9554)))
 (let ((?x13101 (ite (or z1_296 z2_296) (- 1) ?x9555)))
 (let (($x13103 (not (= q_296 ?x13101))))
 (let ((?x9514 (ite z5_295 0 1)))
 (let ((?x13094 (ite (or z3_295 z4_295) (- 1) ?x9514)))
 (let ((?x13097 (ite (or z1_295 z2_295) 1 ?x13094)))
 (let (($x13099 (not (= q_295 ?x13097))))
 (let ((?x9475 (ite z5_294 0 (- 1))))
 (let ((?x13087 (ite (or z3_294 z4_294) (- 1) ?x9475)))
 (let ((?x13090 (ite (or z1_294 z2_294) 1 ?x13087)))
 (let (($x13092 (not (= q_294 ?x13090))))
 (let ((?x9436 (ite z5_293 0 1)))
 (let ((?x13081 (ite (or z3_293 z4_293) (- 1) ?x9436)))
 (let ((?x13082 (ite z2_293 1 ?x13081)))
 (let (($x13085 (not (= q_293 (ite z1_293 (- 1) ?x13082)))))
 (let ((?x9397 (ite z5_292 0 (- 1))))
 (let ((?x13075 (ite (or z3_292 z4_292) (- 1) ?x9397)))
 (let ((?x13076 (ite z2_292 1 ?x13075)))
 (let (($x13079 (not (= q_292 (ite z1_292 (- 1) ?x13076)))))
 (let ((?x9358 (ite z5_291 0 1)))
 (let ((?x13070 (ite (or z2_291 z3_291 z4_291) (- 1) ?x9358)))
 (let (($x13073 (not (= q_291 (ite z1_291 1 ?x13070)))))
 (let ((?x9319 (ite z5_290 0 (- 1))))
 (let ((?x13061 (ite (or z2_290 z3_290 z4_290) (- 1) ?x9319)))
 (let (($x13064 (not (= q_290 (ite z1_290 1 ?x13061)))))
 (let ((?x9280 (ite z5_289 0 1)))
 (let ((?x13053 (ite (or z1_289 z2_289 z3_289 z4_289) (- 1) ?x9280)))
 (let (($x13055 (not (= q_289 ?x13053))))
 (let ((?x9241 (ite z5_288 0 (- 1))))
 (let ((?x13041 (ite (or z1_288 z2_288 z3_288 z4_288) (- 1) ?x9241)))
 (let (($x13043 (not (= q_288 ?x13041))))
 (let ((?x13022 (ite z4_287 0 1)))
 (let ((?x13029 (ite (or z1_287 z2_287 z3_287) 1 ?x13022)))
 (let (($x13031 (not (= q_287 ?x13029))))
 (let ((?x9163 (ite z5_286 1 (- 1))))
 (let ((?x9164 (ite z4_286 0 ?x9163)))
 (let ((?x13019 (ite (or z1_286 z2_286 z3_286) 1 ?x9164)))
 (let (($x13021 (not (= q_286 ?x13019))))
 (let ((?x13007 (ite z4_285 0 1)))
 (let ((?x13010 (ite (or z2_285 z3_285) 1 ?x13007)))
 (let (($x13013 (not (= q_285 (ite z1_285 (- 1) ?x13010)))))
 (let ((?x9085 (ite z5_284 1 (- 1))))
 (let ((?x9086 (ite z4_284 0 ?x9085)))
 (let ((?x13003 (ite (or z2_284 z3_284) 1 ?x9086)))
 (let (($x13006 (not (= q_284 (ite z1_284 (- 1) ?x13003)))))
 (let ((?x12996 (ite z4_283 0 1)))
 (let ((?x12997 (ite z3_283 1 ?x12996)))
 (let ((?x12998 (ite z2_283 (- 1) ?x12997)))
 (let (($x13001 (not (= q_283 (ite z1_283 1 ?x12998)))))
 (let ((?x9007 (ite z5_282 1 (- 1))))
 (let ((?x9008 (ite z4_282 0 ?x9007)))
 (let ((?x9009 (ite z3_282 1 ?x9008)))
 (let ((?x9010 (ite z2_282 (- 1) ?x9009)))
 (let ((?x9011 (ite z1_282 1 ?x9010)))
 (let (($x12995 (not (= q_282 ?x9011))))
 (let ((?x12987 (ite z4_281 0 1)))
 (let ((?x12988 (ite z3_281 1 ?x12987)))
 (let ((?x12991 (ite (or z1_281 z2_281) (- 1) ?x12988)))
 (let (($x12993 (not (= q_281 ?x12991))))
 (let ((?x8929 (ite z5_280 1 (- 1))))
 (let ((?x8930 (ite z4_280 0 ?x8929)))
 (let ((?x8931 (ite z3_280 1 ?x8930)))
 (let ((?x12984 (ite (or z1_280 z2_280) (- 1) ?x8931)))
 (let (($x12986 (not (= q_280 ?x12984))))
 (let ((?x12976 (ite z4_279 0 1)))
 (let ((?x12977 (ite z3_279 (- 1) ?x12976)))
 (let ((?x12980 (ite (or z1_279 z2_279) 1 ?x12977)))
 (let (($x12982 (not (= q_279 ?x12980))))
 (let ((?x8851 (ite z5_278 1 (- 1))))
 (let ((?x8852 (ite z4_278 0 ?x8851)))
 (let ((?x8853 (ite z3_278 (- 1) ?x8852)))
 (let ((?x12973 (ite (or z1_278 z2_278) 1 ?x8853)))
 (let (($x12975 (not (= q_278 ?x12973))))
 (let ((?x12966 (ite z4_277 0 1)))
 (let ((?x12967 (ite z3_277 (- 1) ?x12966)))
 (let ((?x12968 (ite z2_277 1 ?x12967)))
 (let (($x12971 (not (= q_277 (ite z1_277 (- 1) ?x12968)))))
 (let ((?x8773 (ite z5_276 1 (- 1))))
 (let ((?x8774 (ite z4_276 0 ?x8773)))
 (let ((?x8775 (ite z3_276 (- 1) ?x8774)))
 (let ((?x8776 (ite z2_276 1 ?x8775)))
 (let ((?x8777 (ite z1_276 (- 1) ?x8776)))
 (let (($x12965 (not (= q_276 ?x8777))))
 (let ((?x12957 (ite z4_275 0 1)))
 (let ((?x12960 (ite (or z2_275 z3_275) (- 1) ?x12957)))
 (let (($x12963 (not (= q_275 (ite z1_275 1 ?x12960)))))
 (let ((?x8695 (ite z5_274 1 (- 1))))
 (let ((?x8696 (ite z4_274 0 ?x8695)))
 (let ((?x12953 (ite (or z2_274 z3_274) (- 1) ?x8696)))
 (let (($x12956 (not (= q_274 (ite z1_274 1 ?x12953)))))
 (let ((?x12942 (ite z4_273 0 1)))
 (let ((?x12949 (ite (or z1_273 z2_273 z3_273) (- 1) ?x12942)))
 (let (($x12951 (not (= q_273 ?x12949))))
 (let ((?x8617 (ite z5_272 1 (- 1))))
 (let ((?x8618 (ite z4_272 0 ?x8617)))
 (let ((?x12939 (ite (or z1_272 z2_272 z3_272) (- 1) ?x8618)))
 (let (($x12941 (not (= q_272 ?x12939))))
 (let ((?x8578 (ite z5_271 (- 1) 1)))
 (let ((?x8579 (ite z4_271 0 ?x8578)))
 (let ((?x12931 (ite (or z1_271 z2_271 z3_271) 1 ?x8579)))
 (let (($x12933 (not (= q_271 ?x12931))))
 (let ((?x12916 (ite z4_270 0 (- 1))))
 (let ((?x12923 (ite (or z1_270 z2_270 z3_270) 1 ?x12916)))
 (let (($x12925 (not (= q_270 ?x12923))))
 (let ((?x8500 (ite z5_269 (- 1) 1)))
 (let ((?x8501 (ite z4_269 0 ?x8500)))
 (let ((?x12912 (ite (or z2_269 z3_269) 1 ?x8501)))
 (let (($x12915 (not (= q_269 (ite z1_269 (- 1) ?x12912)))))
 (let ((?x12904 (ite z4_268 0 (- 1))))
 (let ((?x12907 (ite (or z2_268 z3_268) 1 ?x12904)))
 (let (($x12910 (not (= q_268 (ite z1_268 (- 1) ?x12907)))))
 (let ((?x8422 (ite z5_267 (- 1) 1)))
 (let ((?x8423 (ite z4_267 0 ?x8422)))
 (let ((?x8424 (ite z3_267 1 ?x8423)))
 (let ((?x8425 (ite z2_267 (- 1) ?x8424)))
 (let ((?x8426 (ite z1_267 1 ?x8425)))
 (let (($x12903 (not (= q_267 ?x8426))))
 (let ((?x12896 (ite z4_266 0 (- 1))))
 (let ((?x12897 (ite z3_266 1 ?x12896)))
 (let ((?x12898 (ite z2_266 (- 1) ?x12897)))
 (let (($x12901 (not (= q_266 (ite z1_266 1 ?x12898)))))
 (let ((?x8344 (ite z5_265 (- 1) 1)))
 (let ((?x8345 (ite z4_265 0 ?x8344)))
 (let ((?x8346 (ite z3_265 1 ?x8345)))
 (let ((?x12893 (ite (or z1_265 z2_265) (- 1) ?x8346)))
 (let (($x12895 (not (= q_265 ?x12893))))
 (let ((?x12885 (ite z4_264 0 (- 1))))
 (let ((?x12886 (ite z3_264 1 ?x12885)))
 (let ((?x12889 (ite (or z1_264 z2_264) (- 1) ?x12886)))
 (let (($x12891 (not (= q_264 ?x12889))))
 (let ((?x8266 (ite z5_263 (- 1) 1)))
 (let ((?x8267 (ite z4_263 0 ?x8266)))
 (let ((?x8268 (ite z3_263 (- 1) ?x8267)))
 (let ((?x12882 (ite (or z1_263 z2_263) 1 ?x8268)))
 (let (($x12884 (not (= q_263 ?x12882))))
 (let ((?x12874 (ite z4_262 0 (- 1))))
 (let ((?x12875 (ite z3_262 (- 1) ?x12874)))
 (let ((?x12878 (ite (or z1_262 z2_262) 1 ?x12875)))
 (let (($x12880 (not (= q_262 ?x12878))))
 (let ((?x8188 (ite z5_261 (- 1) 1)))
 (let ((?x8189 (ite z4_261 0 ?x8188)))
 (let ((?x8190 (ite z3_261 (- 1) ?x8189)))
 (let ((?x8191 (ite z2_261 1 ?x8190)))
 (let ((?x8192 (ite z1_261 (- 1) ?x8191)))
 (let (($x12873 (not (= q_261 ?x8192))))
 (let ((?x12866 (ite z4_260 0 (- 1))))
 (let ((?x12867 (ite z3_260 (- 1) ?x12866)))
 (let ((?x12868 (ite z2_260 1 ?x12867)))
 (let (($x12871 (not (= q_260 (ite z1_260 (- 1) ?x12868)))))
 (let ((?x8110 (ite z5_259 (- 1) 1)))
 (let ((?x8111 (ite z4_259 0 ?x8110)))
 (let ((?x12862 (ite (or z2_259 z3_259) (- 1) ?x8111)))
 (let (($x12865 (not (= q_259 (ite z1_259 1 ?x12862)))))
 (let ((?x12854 (ite z4_258 0 (- 1))))
 (let ((?x12857 (ite (or z2_258 z3_258) (- 1) ?x12854)))
 (let (($x12860 (not (= q_258 (ite z1_258 1 ?x12857)))))
 (let ((?x8032 (ite z5_257 (- 1) 1)))
 (let ((?x8033 (ite z4_257 0 ?x8032)))
 (let ((?x12851 (ite (or z1_257 z2_257 z3_257) (- 1) ?x8033)))
 (let (($x12853 (not (= q_257 ?x12851))))
 (let ((?x12836 (ite z4_256 0 (- 1))))
 (let ((?x12843 (ite (or z1_256 z2_256 z3_256) (- 1) ?x12836)))
 (let (($x12845 (not (= q_256 ?x12843))))
 (let ((?x12830 (ite z3_255 0 1)))
 (let ((?x12833 (ite (or z1_255 z2_255) 1 ?x12830)))
 (let (($x12835 (not (= q_255 ?x12833))))
 (let ((?x12823 (ite (or z4_254 z5_254) 1 (- 1))))
 (let ((?x12824 (ite z3_254 0 ?x12823)))
 (let ((?x12827 (ite (or z1_254 z2_254) 1 ?x12824)))
 (let (($x12829 (not (= q_254 ?x12827))))
 (let (($x12820 (= q_253 (ite z1_253 (- 1) (ite z2_253 1 (ite z3_253 0 1))))))
 (let (($x12821 (not $x12820)))
 (let ((?x12811 (ite (or z4_252 z5_252) 1 (- 1))))
 (let ((?x12812 (ite z3_252 0 ?x12811)))
 (let ((?x12813 (ite z2_252 1 ?x12812)))
 (let (($x12816 (not (= q_252 (ite z1_252 (- 1) ?x12813)))))
 (let (($x12808 (= q_251 (ite z1_251 1 (ite z2_251 (- 1) (ite z3_251 0 1))))))
 (let (($x12809 (not $x12808)))
 (let ((?x12799 (ite (or z4_250 z5_250) 1 (- 1))))
 (let ((?x12800 (ite z3_250 0 ?x12799)))
 (let ((?x12801 (ite z2_250 (- 1) ?x12800)))
 (let (($x12804 (not (= q_250 (ite z1_250 1 ?x12801)))))
 (let ((?x12792 (ite z3_249 0 1)))
 (let ((?x12795 (ite (or z1_249 z2_249) (- 1) ?x12792)))
 (let (($x12797 (not (= q_249 ?x12795))))
 (let ((?x12785 (ite (or z4_248 z5_248) 1 (- 1))))
 (let ((?x12786 (ite z3_248 0 ?x12785)))
 (let ((?x12789 (ite (or z1_248 z2_248) (- 1) ?x12786)))
 (let (($x12791 (not (= q_248 ?x12789))))
 (let ((?x12777 (ite z4_247 (- 1) 1)))
 (let ((?x12778 (ite z3_247 0 ?x12777)))
 (let ((?x12781 (ite (or z1_247 z2_247) 1 ?x12778)))
 (let (($x12783 (not (= q_247 ?x12781))))
 (let ((?x7603 (ite z5_246 1 (- 1))))
 (let ((?x7604 (ite z4_246 (- 1) ?x7603)))
 (let ((?x7605 (ite z3_246 0 ?x7604)))
 (let ((?x12774 (ite (or z1_246 z2_246) 1 ?x7605)))
 (let (($x12776 (not (= q_246 ?x12774))))
 (let ((?x12767 (ite z4_245 (- 1) 1)))
 (let ((?x12768 (ite z3_245 0 ?x12767)))
 (let ((?x12769 (ite z2_245 1 ?x12768)))
 (let (($x12772 (not (= q_245 (ite z1_245 (- 1) ?x12769)))))
 (let ((?x7525 (ite z5_244 1 (- 1))))
 (let ((?x7526 (ite z4_244 (- 1) ?x7525)))
 (let ((?x7527 (ite z3_244 0 ?x7526)))
 (let ((?x7528 (ite z2_244 1 ?x7527)))
 (let ((?x7529 (ite z1_244 (- 1) ?x7528)))
 (let (($x12766 (not (= q_244 ?x7529))))
 (let ((?x12759 (ite z4_243 (- 1) 1)))
 (let ((?x12760 (ite z3_243 0 ?x12759)))
 (let ((?x12761 (ite z2_243 (- 1) ?x12760)))
 (let (($x12764 (not (= q_243 (ite z1_243 1 ?x12761)))))
 (let ((?x7447 (ite z5_242 1 (- 1))))
 (let ((?x7448 (ite z4_242 (- 1) ?x7447)))
 (let ((?x7449 (ite z3_242 0 ?x7448)))
 (let ((?x7450 (ite z2_242 (- 1) ?x7449)))
 (let ((?x7451 (ite z1_242 1 ?x7450)))
 (let (($x12758 (not (= q_242 ?x7451))))
 (let ((?x12750 (ite z4_241 (- 1) 1)))
 (let ((?x12751 (ite z3_241 0 ?x12750)))
 (let ((?x12754 (ite (or z1_241 z2_241) (- 1) ?x12751)))
 (let (($x12756 (not (= q_241 ?x12754))))
 (let ((?x7369 (ite z5_240 1 (- 1))))
 (let ((?x7370 (ite z4_240 (- 1) ?x7369)))
 (let ((?x7371 (ite z3_240 0 ?x7370)))
 (let ((?x12747 (ite (or z1_240 z2_240) (- 1) ?x7371)))
 (let (($x12749 (not (= q_240 ?x12747))))
 (let ((?x7330 (ite z5_239 (- 1) 1)))
 (let ((?x7331 (ite z4_239 1 ?x7330)))
 (let ((?x7332 (ite z3_239 0 ?x7331)))
 (let ((?x12743 (ite (or z1_239 z2_239) 1 ?x7332)))
 (let (($x12745 (not (= q_239 ?x12743))))
 (let ((?x12735 (ite z4_238 1 (- 1))))
 (let ((?x12736 (ite z3_238 0 ?x12735)))
 (let ((?x12739 (ite (or z1_238 z2_238) 1 ?x12736)))
 (let (($x12741 (not (= q_238 ?x12739))))
 (let ((?x7252 (ite z5_237 (- 1) 1)))
 (let ((?x7253 (ite z4_237 1 ?x7252)))
 (let ((?x7254 (ite z3_237 0 ?x7253)))
 (let ((?x7255 (ite z2_237 1 ?x7254)))
 (let ((?x7256 (ite z1_237 (- 1) ?x7255)))
 (let (($x12734 (not (= q_237 ?x7256))))
 (let ((?x12727 (ite z4_236 1 (- 1))))
 (let ((?x12728 (ite z3_236 0 ?x12727)))
 (let ((?x12729 (ite z2_236 1 ?x12728)))
 (let (($x12732 (not (= q_236 (ite z1_236 (- 1) ?x12729)))))
 (let ((?x7174 (ite z5_235 (- 1) 1)))
 (let ((?x7175 (ite z4_235 1 ?x7174)))
 (let ((?x7176 (ite z3_235 0 ?x7175)))
 (let ((?x7177 (ite z2_235 (- 1) ?x7176)))
 (let ((?x7178 (ite z1_235 1 ?x7177)))
 (let (($x12726 (not (= q_235 ?x7178))))
 (let ((?x12719 (ite z4_234 1 (- 1))))
 (let ((?x12720 (ite z3_234 0 ?x12719)))
 (let ((?x12721 (ite z2_234 (- 1) ?x12720)))
 (let (($x12724 (not (= q_234 (ite z1_234 1 ?x12721)))))
 (let ((?x7096 (ite z5_233 (- 1) 1)))
 (let ((?x7097 (ite z4_233 1 ?x7096)))
 (let ((?x7098 (ite z3_233 0 ?x7097)))
 (let ((?x12716 (ite (or z1_233 z2_233) (- 1) ?x7098)))
 (let (($x12718 (not (= q_233 ?x12716))))
 (let ((?x12708 (ite z4_232 1 (- 1))))
 (let ((?x12709 (ite z3_232 0 ?x12708)))
 (let ((?x12712 (ite (or z1_232 z2_232) (- 1) ?x12709)))
 (let (($x12714 (not (= q_232 ?x12712))))
 (let ((?x12701 (ite (or z4_231 z5_231) (- 1) 1)))
 (let ((?x12702 (ite z3_231 0 ?x12701)))
 (let ((?x12705 (ite (or z1_231 z2_231) 1 ?x12702)))
 (let (($x12707 (not (= q_231 ?x12705))))
 (let ((?x12694 (ite z3_230 0 (- 1))))
 (let ((?x12697 (ite (or z1_230 z2_230) 1 ?x12694)))
 (let (($x12699 (not (= q_230 ?x12697))))
 (let ((?x12688 (ite (or z4_229 z5_229) (- 1) 1)))
 (let ((?x12689 (ite z3_229 0 ?x12688)))
 (let ((?x12690 (ite z2_229 1 ?x12689)))
 (let (($x12693 (not (= q_229 (ite z1_229 (- 1) ?x12690)))))
 (let (($x12685 (= q_228 (ite z1_228 (- 1) (ite z2_228 1 (ite z3_228 0 (- 1)))))))
 (let (($x12686 (not $x12685)))
 (let ((?x12676 (ite (or z4_227 z5_227) (- 1) 1)))
 (let ((?x12677 (ite z3_227 0 ?x12676)))
 (let ((?x12678 (ite z2_227 (- 1) ?x12677)))
 (let (($x12681 (not (= q_227 (ite z1_227 1 ?x12678)))))
 (let (($x12673 (= q_226 (ite z1_226 1 (ite z2_226 (- 1) (ite z3_226 0 (- 1)))))))
 (let (($x12674 (not $x12673)))
 (let ((?x12663 (ite (or z4_225 z5_225) (- 1) 1)))
 (let ((?x12664 (ite z3_225 0 ?x12663)))
 (let ((?x12667 (ite (or z1_225 z2_225) (- 1) ?x12664)))
 (let (($x12669 (not (= q_225 ?x12667))))
 (let ((?x12656 (ite z3_224 0 (- 1))))
 (let ((?x12659 (ite (or z1_224 z2_224) (- 1) ?x12656)))
 (let (($x12661 (not (= q_224 ?x12659))))
 (let (($x12655 (not (= q_223 (ite z1_223 1 (ite z2_223 0 1))))))
 (let ((?x12647 (ite (or z3_222 z4_222 z5_222) 1 (- 1))))
 (let ((?x12648 (ite z2_222 0 ?x12647)))
 (let (($x12651 (not (= q_222 (ite z1_222 1 ?x12648)))))
 (let (($x12641 (not (= q_221 (ite z1_221 (- 1) (ite z2_221 0 1))))))
 (let ((?x12633 (ite (or z3_220 z4_220 z5_220) 1 (- 1))))
 (let ((?x12634 (ite z2_220 0 ?x12633)))
 (let (($x12637 (not (= q_220 (ite z1_220 (- 1) ?x12634)))))
 (let (($x12626 (= q_219 (ite z1_219 1 (ite z2_219 0 (ite z3_219 (- 1) 1))))))
 (let (($x12627 (not $x12626)))
 (let ((?x12617 (ite (or z4_218 z5_218) 1 (- 1))))
 (let ((?x12618 (ite z3_218 (- 1) ?x12617)))
 (let ((?x12619 (ite z2_218 0 ?x12618)))
 (let (($x12622 (not (= q_218 (ite z1_218 1 ?x12619)))))
 (let (($x12614 (= q_217 (ite z1_217 (- 1) (ite z2_217 0 (ite z3_217 (- 1) 1))))))
 (let (($x12615 (not $x12614)))
 (let ((?x12605 (ite (or z4_216 z5_216) 1 (- 1))))
 (let ((?x12606 (ite z3_216 (- 1) ?x12605)))
 (let ((?x12607 (ite z2_216 0 ?x12606)))
 (let (($x12610 (not (= q_216 (ite z1_216 (- 1) ?x12607)))))
 (let ((?x12598 (ite z4_215 (- 1) 1)))
 (let ((?x12599 (ite z3_215 1 ?x12598)))
 (let ((?x12600 (ite z2_215 0 ?x12599)))
 (let (($x12603 (not (= q_215 (ite z1_215 1 ?x12600)))))
 (let ((?x6355 (ite z5_214 1 (- 1))))
 (let ((?x6356 (ite z4_214 (- 1) ?x6355)))
 (let ((?x6357 (ite z3_214 1 ?x6356)))
 (let ((?x6358 (ite z2_214 0 ?x6357)))
 (let ((?x6359 (ite z1_214 1 ?x6358)))
 (let (($x12597 (not (= q_214 ?x6359))))
 (let ((?x12590 (ite z4_213 (- 1) 1)))
 (let ((?x12591 (ite z3_213 1 ?x12590)))
 (let ((?x12592 (ite z2_213 0 ?x12591)))
 (let (($x12595 (not (= q_213 (ite z1_213 (- 1) ?x12592)))))
 (let ((?x6277 (ite z5_212 1 (- 1))))
 (let ((?x6278 (ite z4_212 (- 1) ?x6277)))
 (let ((?x6279 (ite z3_212 1 ?x6278)))
 (let ((?x6280 (ite z2_212 0 ?x6279)))
 (let ((?x6281 (ite z1_212 (- 1) ?x6280)))
 (let (($x12589 (not (= q_212 ?x6281))))
 (let ((?x12583 (ite (or z3_211 z4_211) (- 1) 1)))
 (let ((?x12584 (ite z2_211 0 ?x12583)))
 (let (($x12587 (not (= q_211 (ite z1_211 1 ?x12584)))))
 (let ((?x6199 (ite z5_210 1 (- 1))))
 (let ((?x12576 (ite (or z3_210 z4_210) (- 1) ?x6199)))
 (let ((?x12577 (ite z2_210 0 ?x12576)))
 (let (($x12580 (not (= q_210 (ite z1_210 1 ?x12577)))))
 (let ((?x12570 (ite (or z3_209 z4_209) (- 1) 1)))
 (let ((?x12571 (ite z2_209 0 ?x12570)))
 (let (($x12574 (not (= q_209 (ite z1_209 (- 1) ?x12571)))))
 (let ((?x6121 (ite z5_208 1 (- 1))))
 (let ((?x12563 (ite (or z3_208 z4_208) (- 1) ?x6121)))
 (let ((?x12564 (ite z2_208 0 ?x12563)))
 (let (($x12567 (not (= q_208 (ite z1_208 (- 1) ?x12564)))))
 (let ((?x6082 (ite z5_207 (- 1) 1)))
 (let ((?x12557 (ite (or z3_207 z4_207) 1 ?x6082)))
 (let ((?x12558 (ite z2_207 0 ?x12557)))
 (let (($x12561 (not (= q_207 (ite z1_207 1 ?x12558)))))
 (let ((?x12551 (ite (or z3_206 z4_206) 1 (- 1))))
 (let ((?x12552 (ite z2_206 0 ?x12551)))
 (let (($x12555 (not (= q_206 (ite z1_206 1 ?x12552)))))
 (let ((?x6004 (ite z5_205 (- 1) 1)))
 (let ((?x12544 (ite (or z3_205 z4_205) 1 ?x6004)))
 (let ((?x12545 (ite z2_205 0 ?x12544)))
 (let (($x12548 (not (= q_205 (ite z1_205 (- 1) ?x12545)))))
 (let ((?x12538 (ite (or z3_204 z4_204) 1 (- 1))))
 (let ((?x12539 (ite z2_204 0 ?x12538)))
 (let (($x12542 (not (= q_204 (ite z1_204 (- 1) ?x12539)))))
 (let ((?x5926 (ite z5_203 (- 1) 1)))
 (let ((?x5927 (ite z4_203 1 ?x5926)))
 (let ((?x5928 (ite z3_203 (- 1) ?x5927)))
 (let ((?x5929 (ite z2_203 0 ?x5928)))
 (let ((?x5930 (ite z1_203 1 ?x5929)))
 (let (($x12535 (not (= q_203 ?x5930))))
 (let ((?x12528 (ite z4_202 1 (- 1))))
 (let ((?x12529 (ite z3_202 (- 1) ?x12528)))
 (let ((?x12530 (ite z2_202 0 ?x12529)))
 (let (($x12533 (not (= q_202 (ite z1_202 1 ?x12530)))))
 (let ((?x5848 (ite z5_201 (- 1) 1)))
 (let ((?x5849 (ite z4_201 1 ?x5848)))
 (let ((?x5850 (ite z3_201 (- 1) ?x5849)))
 (let ((?x5851 (ite z2_201 0 ?x5850)))
 (let ((?x5852 (ite z1_201 (- 1) ?x5851)))
 (let (($x12527 (not (= q_201 ?x5852))))
 (let ((?x12520 (ite z4_200 1 (- 1))))
 (let ((?x12521 (ite z3_200 (- 1) ?x12520)))
 (let ((?x12522 (ite z2_200 0 ?x12521)))
 (let (($x12525 (not (= q_200 (ite z1_200 (- 1) ?x12522)))))
 (let ((?x12514 (ite (or z4_199 z5_199) (- 1) 1)))
 (let ((?x12515 (ite z3_199 1 ?x12514)))
 (let ((?x12516 (ite z2_199 0 ?x12515)))
 (let (($x12519 (not (= q_199 (ite z1_199 1 ?x12516)))))
 (let (($x12511 (= q_198 (ite z1_198 1 (ite z2_198 0 (ite z3_198 1 (- 1)))))))
 (let (($x12512 (not $x12511)))
 (let ((?x12502 (ite (or z4_197 z5_197) (- 1) 1)))
 (let ((?x12503 (ite z3_197 1 ?x12502)))
 (let ((?x12504 (ite z2_197 0 ?x12503)))
 (let (($x12507 (not (= q_197 (ite z1_197 (- 1) ?x12504)))))
 (let (($x12499 (= q_196 (ite z1_196 (- 1) (ite z2_196 0 (ite z3_196 1 (- 1)))))))
 (let (($x12500 (not $x12499)))
 (let ((?x12491 (ite (or z3_195 z4_195 z5_195) (- 1) 1)))
 (let ((?x12492 (ite z2_195 0 ?x12491)))
 (let (($x12495 (not (= q_195 (ite z1_195 1 ?x12492)))))
 (let (($x12485 (not (= q_194 (ite z1_194 1 (ite z2_194 0 (- 1)))))))
 (let ((?x12477 (ite (or z3_193 z4_193 z5_193) (- 1) 1)))
 (let ((?x12478 (ite z2_193 0 ?x12477)))
 (let (($x12481 (not (= q_193 (ite z1_193 (- 1) ?x12478)))))
 (let (($x12471 (not (= q_192 (ite z1_192 (- 1) (ite z2_192 0 (- 1)))))))
 (let (($x12467 (not (= q_191 (ite z1_191 0 1)))))
 (let ((?x12461 (ite (or z2_190 z3_190 z4_190 z5_190) 1 (- 1))))
 (let (($x12464 (not (= q_190 (ite z1_190 0 ?x12461)))))
 (let (($x12451 (not (= q_189 (ite z1_189 0 (ite z2_189 (- 1) 1))))))
 (let ((?x12443 (ite (or z3_188 z4_188 z5_188) 1 (- 1))))
 (let ((?x12444 (ite z2_188 (- 1) ?x12443)))
 (let (($x12447 (not (= q_188 (ite z1_188 0 ?x12444)))))
 (let (($x12436 (= q_187 (ite z1_187 0 (ite z2_187 1 (ite z3_187 (- 1) 1))))))
 (let (($x12437 (not $x12436)))
 (let ((?x12427 (ite (or z4_186 z5_186) 1 (- 1))))
 (let ((?x12428 (ite z3_186 (- 1) ?x12427)))
 (let ((?x12429 (ite z2_186 1 ?x12428)))
 (let (($x12432 (not (= q_186 (ite z1_186 0 ?x12429)))))
 (let (($x12424 (= q_185 (ite z1_185 0 (ite (or z2_185 z3_185) (- 1) 1)))))
 (let (($x12425 (not $x12424)))
 (let ((?x12413 (ite (or z4_184 z5_184) 1 (- 1))))
 (let ((?x12416 (ite (or z2_184 z3_184) (- 1) ?x12413)))
 (let (($x12419 (not (= q_184 (ite z1_184 0 ?x12416)))))
 (let ((?x12405 (ite z4_183 (- 1) 1)))
 (let ((?x12408 (ite (or z2_183 z3_183) 1 ?x12405)))
 (let (($x12411 (not (= q_183 (ite z1_183 0 ?x12408)))))
 (let ((?x5107 (ite z5_182 1 (- 1))))
 (let ((?x5108 (ite z4_182 (- 1) ?x5107)))
 (let ((?x12401 (ite (or z2_182 z3_182) 1 ?x5108)))
 (let (($x12404 (not (= q_182 (ite z1_182 0 ?x12401)))))
 (let ((?x12394 (ite z4_181 (- 1) 1)))
 (let ((?x12395 (ite z3_181 1 ?x12394)))
 (let ((?x12396 (ite z2_181 (- 1) ?x12395)))
 (let (($x12399 (not (= q_181 (ite z1_181 0 ?x12396)))))
 (let ((?x5029 (ite z5_180 1 (- 1))))
 (let ((?x5030 (ite z4_180 (- 1) ?x5029)))
 (let ((?x5031 (ite z3_180 1 ?x5030)))
 (let ((?x5032 (ite z2_180 (- 1) ?x5031)))
 (let ((?x5033 (ite z1_180 0 ?x5032)))
 (let (($x12393 (not (= q_180 ?x5033))))
 (let ((?x12387 (ite (or z3_179 z4_179) (- 1) 1)))
 (let ((?x12388 (ite z2_179 1 ?x12387)))
 (let (($x12391 (not (= q_179 (ite z1_179 0 ?x12388)))))
 (let ((?x4951 (ite z5_178 1 (- 1))))
 (let ((?x12380 (ite (or z3_178 z4_178) (- 1) ?x4951)))
 (let ((?x12381 (ite z2_178 1 ?x12380)))
 (let (($x12384 (not (= q_178 (ite z1_178 0 ?x12381)))))
 (let (($x12377 (= q_177 (ite z1_177 0 (ite (or z2_177 z3_177 z4_177) (- 1) 1)))))
 (let (($x12378 (not $x12377)))
 (let ((?x4873 (ite z5_176 1 (- 1))))
 (let ((?x12365 (ite (or z2_176 z3_176 z4_176) (- 1) ?x4873)))
 (let (($x12368 (not (= q_176 (ite z1_176 0 ?x12365)))))
 (let ((?x4834 (ite z5_175 (- 1) 1)))
 (let ((?x12356 (ite (or z2_175 z3_175 z4_175) 1 ?x4834)))
 (let (($x12359 (not (= q_175 (ite z1_175 0 ?x12356)))))
 (let (($x12349 (= q_174 (ite z1_174 0 (ite (or z2_174 z3_174 z4_174) 1 (- 1))))))
 (let (($x12350 (not $x12349)))
 (let ((?x4756 (ite z5_173 (- 1) 1)))
 (let ((?x12336 (ite (or z3_173 z4_173) 1 ?x4756)))
 (let ((?x12337 (ite z2_173 (- 1) ?x12336)))
 (let (($x12340 (not (= q_173 (ite z1_173 0 ?x12337)))))
 (let ((?x12330 (ite (or z3_172 z4_172) 1 (- 1))))
 (let ((?x12331 (ite z2_172 (- 1) ?x12330)))
 (let (($x12334 (not (= q_172 (ite z1_172 0 ?x12331)))))
 (let ((?x4678 (ite z5_171 (- 1) 1)))
 (let ((?x4679 (ite z4_171 1 ?x4678)))
 (let ((?x4680 (ite z3_171 (- 1) ?x4679)))
 (let ((?x4681 (ite z2_171 1 ?x4680)))
 (let ((?x4682 (ite z1_171 0 ?x4681)))
 (let (($x12327 (not (= q_171 ?x4682))))
 (let ((?x12320 (ite z4_170 1 (- 1))))
 (let ((?x12321 (ite z3_170 (- 1) ?x12320)))
 (let ((?x12322 (ite z2_170 1 ?x12321)))
 (let (($x12325 (not (= q_170 (ite z1_170 0 ?x12322)))))
 (let ((?x4600 (ite z5_169 (- 1) 1)))
 (let ((?x4601 (ite z4_169 1 ?x4600)))
 (let ((?x12316 (ite (or z2_169 z3_169) (- 1) ?x4601)))
 (let (($x12319 (not (= q_169 (ite z1_169 0 ?x12316)))))
 (let ((?x12308 (ite z4_168 1 (- 1))))
 (let ((?x12311 (ite (or z2_168 z3_168) (- 1) ?x12308)))
 (let (($x12314 (not (= q_168 (ite z1_168 0 ?x12311)))))
 (let ((?x12301 (ite (or z4_167 z5_167) (- 1) 1)))
 (let ((?x12304 (ite (or z2_167 z3_167) 1 ?x12301)))
 (let (($x12307 (not (= q_167 (ite z1_167 0 ?x12304)))))
 (let (($x12298 (= q_166 (ite z1_166 0 (ite (or z2_166 z3_166) 1 (- 1))))))
 (let (($x12299 (not $x12298)))
 (let ((?x12288 (ite (or z4_165 z5_165) (- 1) 1)))
 (let ((?x12289 (ite z3_165 1 ?x12288)))
 (let ((?x12290 (ite z2_165 (- 1) ?x12289)))
 (let (($x12293 (not (= q_165 (ite z1_165 0 ?x12290)))))
 (let (($x12285 (= q_164 (ite z1_164 0 (ite z2_164 (- 1) (ite z3_164 1 (- 1)))))))
 (let (($x12286 (not $x12285)))
 (let ((?x12277 (ite (or z3_163 z4_163 z5_163) (- 1) 1)))
 (let ((?x12278 (ite z2_163 1 ?x12277)))
 (let (($x12281 (not (= q_163 (ite z1_163 0 ?x12278)))))
 (let (($x12271 (not (= q_162 (ite z1_162 0 (ite z2_162 1 (- 1)))))))
 (let ((?x12264 (ite (or z2_161 z3_161 z4_161 z5_161) (- 1) 1)))
 (let (($x12267 (not (= q_161 (ite z1_161 0 ?x12264)))))
 (let (($x12254 (not (= q_160 (ite z1_160 0 (- 1))))))
 (let ((?x12249 (ite (or z1_159 z2_159 z3_159 z4_159 z5_159) 1 0)))
 (let (($x12251 (not (= q_159 ?x12249))))
 (let ((?x12232 (ite (or z2_158 z3_158 z4_158 z5_158) 1 0)))
 (let (($x12235 (not (= q_158 (ite z1_158 (- 1) ?x12232)))))
 (let ((?x12218 (ite (or z3_157 z4_157 z5_157) 1 0)))
 (let ((?x12219 (ite z2_157 (- 1) ?x12218)))
 (let (($x12222 (not (= q_157 (ite z1_157 1 ?x12219)))))
 (let ((?x12207 (ite (or z3_156 z4_156 z5_156) 1 0)))
 (let ((?x12210 (ite (or z1_156 z2_156) (- 1) ?x12207)))
 (let (($x12212 (not (= q_156 ?x12210))))
 (let ((?x12195 (ite (or z4_155 z5_155) 1 0)))
 (let ((?x12196 (ite z3_155 (- 1) ?x12195)))
 (let ((?x12199 (ite (or z1_155 z2_155) 1 ?x12196)))
 (let (($x12201 (not (= q_155 ?x12199))))
 (let ((?x12188 (ite (or z4_154 z5_154) 1 0)))
 (let ((?x12189 (ite z3_154 (- 1) ?x12188)))
 (let ((?x12190 (ite z2_154 1 ?x12189)))
 (let (($x12193 (not (= q_154 (ite z1_154 (- 1) ?x12190)))))
 (let ((?x12180 (ite (or z4_153 z5_153) 1 0)))
 (let ((?x12183 (ite (or z2_153 z3_153) (- 1) ?x12180)))
 (let (($x12186 (not (= q_153 (ite z1_153 1 ?x12183)))))
 (let ((?x12169 (ite (or z4_152 z5_152) 1 0)))
 (let ((?x12176 (ite (or z1_152 z2_152 z3_152) (- 1) ?x12169)))
 (let (($x12178 (not (= q_152 ?x12176))))
 (let ((?x3903 (ite z5_151 1 0)))
 (let ((?x3907 (ite z4_151 (- 1) ?x3903)))
 (let ((?x12165 (ite (or z1_151 z2_151 z3_151) 1 ?x3907)))
 (let (($x12167 (not (= q_151 ?x12165))))
 (let ((?x3865 (ite z5_150 1 0)))
 (let ((?x3869 (ite z4_150 (- 1) ?x3865)))
 (let ((?x12156 (ite (or z2_150 z3_150) 1 ?x3869)))
 (let (($x12159 (not (= q_150 (ite z1_150 (- 1) ?x12156)))))
 (let ((?x3827 (ite z5_149 1 0)))
 (let ((?x3831 (ite z4_149 (- 1) ?x3827)))
 (let ((?x3832 (ite z3_149 1 ?x3831)))
 (let ((?x3833 (ite z2_149 (- 1) ?x3832)))
 (let ((?x3834 (ite z1_149 1 ?x3833)))
 (let (($x12154 (not (= q_149 ?x3834))))
 (let ((?x3789 (ite z5_148 1 0)))
 (let ((?x3793 (ite z4_148 (- 1) ?x3789)))
 (let ((?x3794 (ite z3_148 1 ?x3793)))
 (let ((?x12150 (ite (or z1_148 z2_148) (- 1) ?x3794)))
 (let (($x12152 (not (= q_148 ?x12150))))
 (let ((?x3751 (ite z5_147 1 0)))
 (let ((?x12143 (ite (or z3_147 z4_147) (- 1) ?x3751)))
 (let ((?x12146 (ite (or z1_147 z2_147) 1 ?x12143)))
 (let (($x12148 (not (= q_147 ?x12146))))
 (let ((?x3713 (ite z5_146 1 0)))
 (let ((?x12137 (ite (or z3_146 z4_146) (- 1) ?x3713)))
 (let ((?x12138 (ite z2_146 1 ?x12137)))
 (let (($x12141 (not (= q_146 (ite z1_146 (- 1) ?x12138)))))
 (let ((?x3675 (ite z5_145 1 0)))
 (let ((?x12132 (ite (or z2_145 z3_145 z4_145) (- 1) ?x3675)))
 (let (($x12135 (not (= q_145 (ite z1_145 1 ?x12132)))))
 (let ((?x3637 (ite z5_144 1 0)))
 (let ((?x12124 (ite (or z1_144 z2_144 z3_144 z4_144) (- 1) ?x3637)))
 (let (($x12126 (not (= q_144 ?x12124))))
 (let ((?x3599 (ite z5_143 (- 1) 0)))
 (let ((?x12112 (ite (or z1_143 z2_143 z3_143 z4_143) 1 ?x3599)))
 (let (($x12114 (not (= q_143 ?x12112))))
 (let ((?x3561 (ite z5_142 (- 1) 0)))
 (let ((?x12099 (ite (or z2_142 z3_142 z4_142) 1 ?x3561)))
 (let (($x12102 (not (= q_142 (ite z1_142 (- 1) ?x12099)))))
 (let ((?x3523 (ite z5_141 (- 1) 0)))
 (let ((?x12089 (ite (or z3_141 z4_141) 1 ?x3523)))
 (let ((?x12090 (ite z2_141 (- 1) ?x12089)))
 (let (($x12093 (not (= q_141 (ite z1_141 1 ?x12090)))))
 (let ((?x3485 (ite z5_140 (- 1) 0)))
 (let ((?x12082 (ite (or z3_140 z4_140) 1 ?x3485)))
 (let ((?x12085 (ite (or z1_140 z2_140) (- 1) ?x12082)))
 (let (($x12087 (not (= q_140 ?x12085))))
 (let ((?x3447 (ite z5_139 (- 1) 0)))
 (let ((?x3451 (ite z4_139 1 ?x3447)))
 (let ((?x3452 (ite z3_139 (- 1) ?x3451)))
 (let ((?x12078 (ite (or z1_139 z2_139) 1 ?x3452)))
 (let (($x12080 (not (= q_139 ?x12078))))
 (let ((?x3409 (ite z5_138 (- 1) 0)))
 (let ((?x3413 (ite z4_138 1 ?x3409)))
 (let ((?x3414 (ite z3_138 (- 1) ?x3413)))
 (let ((?x3415 (ite z2_138 1 ?x3414)))
 (let ((?x3416 (ite z1_138 (- 1) ?x3415)))
 (let (($x12076 (not (= q_138 ?x3416))))
 (let ((?x3371 (ite z5_137 (- 1) 0)))
 (let ((?x3375 (ite z4_137 1 ?x3371)))
 (let ((?x12071 (ite (or z2_137 z3_137) (- 1) ?x3375)))
 (let (($x12074 (not (= q_137 (ite z1_137 1 ?x12071)))))
 (let ((?x3333 (ite z5_136 (- 1) 0)))
 (let ((?x3337 (ite z4_136 1 ?x3333)))
 (let ((?x12067 (ite (or z1_136 z2_136 z3_136) (- 1) ?x3337)))
 (let (($x12069 (not (= q_136 ?x12067))))
 (let ((?x12052 (ite (or z4_135 z5_135) (- 1) 0)))
 (let ((?x12059 (ite (or z1_135 z2_135 z3_135) 1 ?x12052)))
 (let (($x12061 (not (= q_135 ?x12059))))
 (let ((?x12044 (ite (or z4_134 z5_134) (- 1) 0)))
 (let ((?x12047 (ite (or z2_134 z3_134) 1 ?x12044)))
 (let (($x12050 (not (= q_134 (ite z1_134 (- 1) ?x12047)))))
 (let ((?x12037 (ite (or z4_133 z5_133) (- 1) 0)))
 (let ((?x12038 (ite z3_133 1 ?x12037)))
 (let ((?x12039 (ite z2_133 (- 1) ?x12038)))
 (let (($x12042 (not (= q_133 (ite z1_133 1 ?x12039)))))
 (let ((?x12029 (ite (or z4_132 z5_132) (- 1) 0)))
 (let ((?x12030 (ite z3_132 1 ?x12029)))
 (let ((?x12033 (ite (or z1_132 z2_132) (- 1) ?x12030)))
 (let (($x12035 (not (= q_132 ?x12033))))
 (let ((?x12022 (ite (or z3_131 z4_131 z5_131) (- 1) 0)))
 (let ((?x12025 (ite (or z1_131 z2_131) 1 ?x12022)))
 (let (($x12027 (not (= q_131 ?x12025))))
 (let ((?x12012 (ite (or z3_130 z4_130 z5_130) (- 1) 0)))
 (let ((?x12013 (ite z2_130 1 ?x12012)))
 (let (($x12016 (not (= q_130 (ite z1_130 (- 1) ?x12013)))))
 (let ((?x12003 (ite (or z2_129 z3_129 z4_129 z5_129) (- 1) 0)))
 (let (($x12006 (not (= q_129 (ite z1_129 1 ?x12003)))))
 (let ((?x11991 (ite (or z1_128 z2_128 z3_128 z4_128 z5_128) (- 1) 0)))
 (let (($x11993 (not (= q_128 ?x11991))))
 (let ((?x2995 (ite z4_127 0 1)))
 (let ((?x11975 (ite (or z1_127 z2_127 z3_127) 1 ?x2995)))
 (let (($x11977 (not (= q_127 ?x11975))))
 (let ((?x2967 (ite z4_126 0 (- 1))))
 (let ((?x11967 (ite (or z1_126 z2_126 z3_126) 1 ?x2967)))
 (let (($x11969 (not (= q_126 ?x11967))))
 (let ((?x2939 (ite z4_125 0 1)))
 (let ((?x11958 (ite (or z2_125 z3_125) 1 ?x2939)))
 (let (($x11961 (not (= q_125 (ite z1_125 (- 1) ?x11958)))))
 (let ((?x2911 (ite z4_124 0 (- 1))))
 (let ((?x11953 (ite (or z2_124 z3_124) 1 ?x2911)))
 (let (($x11956 (not (= q_124 (ite z1_124 (- 1) ?x11953)))))
 (let ((?x2883 (ite z4_123 0 1)))
 (let ((?x2884 (ite z3_123 1 ?x2883)))
 (let ((?x2885 (ite z2_123 (- 1) ?x2884)))
 (let ((?x2886 (ite z1_123 1 ?x2885)))
 (let (($x11951 (not (= q_123 ?x2886))))
 (let ((?x2855 (ite z4_122 0 (- 1))))
 (let ((?x2856 (ite z3_122 1 ?x2855)))
 (let ((?x2857 (ite z2_122 (- 1) ?x2856)))
 (let ((?x2858 (ite z1_122 1 ?x2857)))
 (let (($x11949 (not (= q_122 ?x2858))))
 (let ((?x2827 (ite z4_121 0 1)))
 (let ((?x2828 (ite z3_121 1 ?x2827)))
 (let ((?x11945 (ite (or z1_121 z2_121) (- 1) ?x2828)))
 (let (($x11947 (not (= q_121 ?x11945))))
 (let ((?x2799 (ite z4_120 0 (- 1))))
 (let ((?x2800 (ite z3_120 1 ?x2799)))
 (let ((?x11941 (ite (or z1_120 z2_120) (- 1) ?x2800)))
 (let (($x11943 (not (= q_120 ?x11941))))
 (let ((?x2771 (ite z4_119 0 1)))
 (let ((?x2772 (ite z3_119 (- 1) ?x2771)))
 (let ((?x11937 (ite (or z1_119 z2_119) 1 ?x2772)))
 (let (($x11939 (not (= q_119 ?x11937))))
 (let ((?x2743 (ite z4_118 0 (- 1))))
 (let ((?x2744 (ite z3_118 (- 1) ?x2743)))
 (let ((?x11933 (ite (or z1_118 z2_118) 1 ?x2744)))
 (let (($x11935 (not (= q_118 ?x11933))))
 (let ((?x2715 (ite z4_117 0 1)))
 (let ((?x2716 (ite z3_117 (- 1) ?x2715)))
 (let ((?x2717 (ite z2_117 1 ?x2716)))
 (let ((?x2718 (ite z1_117 (- 1) ?x2717)))
 (let (($x11931 (not (= q_117 ?x2718))))
 (let ((?x2687 (ite z4_116 0 (- 1))))
 (let ((?x2688 (ite z3_116 (- 1) ?x2687)))
 (let ((?x2689 (ite z2_116 1 ?x2688)))
 (let ((?x2690 (ite z1_116 (- 1) ?x2689)))
 (let (($x11929 (not (= q_116 ?x2690))))
 (let ((?x2659 (ite z4_115 0 1)))
 (let ((?x11924 (ite (or z2_115 z3_115) (- 1) ?x2659)))
 (let (($x11927 (not (= q_115 (ite z1_115 1 ?x11924)))))
 (let ((?x2631 (ite z4_114 0 (- 1))))
 (let ((?x11919 (ite (or z2_114 z3_114) (- 1) ?x2631)))
 (let (($x11922 (not (= q_114 (ite z1_114 1 ?x11919)))))
 (let ((?x2603 (ite z4_113 0 1)))
 (let ((?x11915 (ite (or z1_113 z2_113 z3_113) (- 1) ?x2603)))
 (let (($x11917 (not (= q_113 ?x11915))))
 (let ((?x2575 (ite z4_112 0 (- 1))))
 (let ((?x11907 (ite (or z1_112 z2_112 z3_112) (- 1) ?x2575)))
 (let (($x11909 (not (= q_112 ?x11907))))
 (let ((?x11896 (ite z3_111 0 1)))
 (let ((?x11899 (ite (or z1_111 z2_111) 1 ?x11896)))
 (let (($x11901 (not (= q_111 ?x11899))))
 (let ((?x2519 (ite z4_110 1 (- 1))))
 (let ((?x2520 (ite z3_110 0 ?x2519)))
 (let ((?x11893 (ite (or z1_110 z2_110) 1 ?x2520)))
 (let (($x11895 (not (= q_110 ?x11893))))
 (let (($x11890 (= q_109 (ite z1_109 (- 1) (ite z2_109 1 (ite z3_109 0 1))))))
 (let (($x11891 (not $x11890)))
 (let ((?x2463 (ite z4_108 1 (- 1))))
 (let ((?x2464 (ite z3_108 0 ?x2463)))
 (let ((?x2465 (ite z2_108 1 ?x2464)))
 (let ((?x2466 (ite z1_108 (- 1) ?x2465)))
 (let (($x11886 (not (= q_108 ?x2466))))
 (let (($x11883 (= q_107 (ite z1_107 1 (ite z2_107 (- 1) (ite z3_107 0 1))))))
 (let (($x11884 (not $x11883)))
 (let ((?x2407 (ite z4_106 1 (- 1))))
 (let ((?x2408 (ite z3_106 0 ?x2407)))
 (let ((?x2409 (ite z2_106 (- 1) ?x2408)))
 (let ((?x2410 (ite z1_106 1 ?x2409)))
 (let (($x11879 (not (= q_106 ?x2410))))
 (let ((?x11872 (ite z3_105 0 1)))
 (let ((?x11875 (ite (or z1_105 z2_105) (- 1) ?x11872)))
 (let (($x11877 (not (= q_105 ?x11875))))
 (let ((?x2351 (ite z4_104 1 (- 1))))
 (let ((?x2352 (ite z3_104 0 ?x2351)))
 (let ((?x11869 (ite (or z1_104 z2_104) (- 1) ?x2352)))
 (let (($x11871 (not (= q_104 ?x11869))))
 (let ((?x2323 (ite z4_103 (- 1) 1)))
 (let ((?x2324 (ite z3_103 0 ?x2323)))
 (let ((?x11865 (ite (or z1_103 z2_103) 1 ?x2324)))
 (let (($x11867 (not (= q_103 ?x11865))))
 (let ((?x11858 (ite z3_102 0 (- 1))))
 (let ((?x11861 (ite (or z1_102 z2_102) 1 ?x11858)))
 (let (($x11863 (not (= q_102 ?x11861))))
 (let ((?x2267 (ite z4_101 (- 1) 1)))
 (let ((?x2268 (ite z3_101 0 ?x2267)))
 (let ((?x2269 (ite z2_101 1 ?x2268)))
 (let ((?x2270 (ite z1_101 (- 1) ?x2269)))
 (let (($x11857 (not (= q_101 ?x2270))))
 (let (($x11854 (= q_100 (ite z1_100 (- 1) (ite z2_100 1 (ite z3_100 0 (- 1)))))))
 (let (($x11855 (not $x11854)))
 (let ((?x2211 (ite z4_99 (- 1) 1)))
 (let ((?x2212 (ite z3_99 0 ?x2211)))
 (let ((?x2213 (ite z2_99 (- 1) ?x2212)))
 (let ((?x2214 (ite z1_99 1 ?x2213)))
 (let (($x11850 (not (= q_99 ?x2214))))
 (let (($x11847 (= q_98 (ite z1_98 1 (ite z2_98 (- 1) (ite z3_98 0 (- 1)))))))
 (let (($x11848 (not $x11847)))
 (let ((?x2155 (ite z4_97 (- 1) 1)))
 (let ((?x2156 (ite z3_97 0 ?x2155)))
 (let ((?x11841 (ite (or z1_97 z2_97) (- 1) ?x2156)))
 (let (($x11843 (not (= q_97 ?x11841))))
 (let (($x11839 (not (= q_96 (ite (or z1_96 z2_96) (- 1) (ite z3_96 0 (- 1)))))))
 (let (($x11833 (not (= q_95 (ite z1_95 1 (ite z2_95 0 1))))))
 (let ((?x11825 (ite (or z3_94 z4_94) 1 (- 1))))
 (let ((?x11826 (ite z2_94 0 ?x11825)))
 (let (($x11829 (not (= q_94 (ite z1_94 1 ?x11826)))))
 (let (($x11823 (not (= q_93 (ite z1_93 (- 1) (ite z2_93 0 1))))))
 (let ((?x11815 (ite (or z3_92 z4_92) 1 (- 1))))
 (let ((?x11816 (ite z2_92 0 ?x11815)))
 (let (($x11819 (not (= q_92 (ite z1_92 (- 1) ?x11816)))))
 (let (($x11812 (= q_91 (ite z1_91 1 (ite z2_91 0 (ite z3_91 (- 1) 1))))))
 (let (($x11813 (not $x11812)))
 (let ((?x1959 (ite z4_90 1 (- 1))))
 (let ((?x1960 (ite z3_90 (- 1) ?x1959)))
 (let ((?x1961 (ite z2_90 0 ?x1960)))
 (let ((?x1962 (ite z1_90 1 ?x1961)))
 (let (($x11808 (not (= q_90 ?x1962))))
 (let (($x11805 (= q_89 (ite z1_89 (- 1) (ite z2_89 0 (ite z3_89 (- 1) 1))))))
 (let (($x11806 (not $x11805)))
 (let ((?x1903 (ite z4_88 1 (- 1))))
 (let ((?x1904 (ite z3_88 (- 1) ?x1903)))
 (let ((?x1905 (ite z2_88 0 ?x1904)))
 (let ((?x1906 (ite z1_88 (- 1) ?x1905)))
 (let (($x11801 (not (= q_88 ?x1906))))
 (let ((?x1875 (ite z4_87 (- 1) 1)))
 (let ((?x1876 (ite z3_87 1 ?x1875)))
 (let ((?x1877 (ite z2_87 0 ?x1876)))
 (let ((?x1878 (ite z1_87 1 ?x1877)))
 (let (($x11799 (not (= q_87 ?x1878))))
 (let (($x11796 (= q_86 (ite z1_86 1 (ite z2_86 0 (ite z3_86 1 (- 1)))))))
 (let (($x11797 (not $x11796)))
 (let ((?x1819 (ite z4_85 (- 1) 1)))
 (let ((?x1820 (ite z3_85 1 ?x1819)))
 (let ((?x1821 (ite z2_85 0 ?x1820)))
 (let ((?x1822 (ite z1_85 (- 1) ?x1821)))
 (let (($x11792 (not (= q_85 ?x1822))))
 (let (($x11789 (= q_84 (ite z1_84 (- 1) (ite z2_84 0 (ite z3_84 1 (- 1)))))))
 (let (($x11790 (not $x11789)))
 (let ((?x11781 (ite (or z3_83 z4_83) (- 1) 1)))
 (let ((?x11782 (ite z2_83 0 ?x11781)))
 (let (($x11785 (not (= q_83 (ite z1_83 1 ?x11782)))))
 (let (($x11779 (not (= q_82 (ite z1_82 1 (ite z2_82 0 (- 1)))))))
 (let ((?x11771 (ite (or z3_81 z4_81) (- 1) 1)))
 (let ((?x11772 (ite z2_81 0 ?x11771)))
 (let (($x11775 (not (= q_81 (ite z1_81 (- 1) ?x11772)))))
 (let (($x11769 (not (= q_80 (ite z1_80 (- 1) (ite z2_80 0 (- 1)))))))
 (let (($x11765 (not (= q_79 (ite z1_79 0 1)))))
 (let (($x11761 (= q_78 (ite z1_78 0 (ite (or z2_78 z3_78 z4_78) 1 (- 1))))))
 (let (($x11762 (not $x11761)))
 (let (($x11753 (not (= q_77 (ite z1_77 0 (ite z2_77 (- 1) 1))))))
 (let ((?x11745 (ite (or z3_76 z4_76) 1 (- 1))))
 (let ((?x11746 (ite z2_76 (- 1) ?x11745)))
 (let (($x11749 (not (= q_76 (ite z1_76 0 ?x11746)))))
 (let (($x11742 (= q_75 (ite z1_75 0 (ite z2_75 1 (ite z3_75 (- 1) 1))))))
 (let (($x11743 (not $x11742)))
 (let ((?x1511 (ite z4_74 1 (- 1))))
 (let ((?x1512 (ite z3_74 (- 1) ?x1511)))
 (let ((?x1513 (ite z2_74 1 ?x1512)))
 (let ((?x1514 (ite z1_74 0 ?x1513)))
 (let (($x11738 (not (= q_74 ?x1514))))
 (let (($x11736 (not (= q_73 (ite z1_73 0 (ite (or z2_73 z3_73) (- 1) 1))))))
 (let ((?x1455 (ite z4_72 1 (- 1))))
 (let ((?x11727 (ite (or z2_72 z3_72) (- 1) ?x1455)))
 (let (($x11730 (not (= q_72 (ite z1_72 0 ?x11727)))))
 (let ((?x1427 (ite z4_71 (- 1) 1)))
 (let ((?x11722 (ite (or z2_71 z3_71) 1 ?x1427)))
 (let (($x11725 (not (= q_71 (ite z1_71 0 ?x11722)))))
 (let (($x11720 (not (= q_70 (ite z1_70 0 (ite (or z2_70 z3_70) 1 (- 1)))))))
 (let ((?x1371 (ite z4_69 (- 1) 1)))
 (let ((?x1372 (ite z3_69 1 ?x1371)))
 (let ((?x1373 (ite z2_69 (- 1) ?x1372)))
 (let ((?x1374 (ite z1_69 0 ?x1373)))
 (let (($x11714 (not (= q_69 ?x1374))))
 (let (($x11711 (= q_68 (ite z1_68 0 (ite z2_68 (- 1) (ite z3_68 1 (- 1)))))))
 (let (($x11712 (not $x11711)))
 (let ((?x11703 (ite (or z3_67 z4_67) (- 1) 1)))
 (let ((?x11704 (ite z2_67 1 ?x11703)))
 (let (($x11707 (not (= q_67 (ite z1_67 0 ?x11704)))))
 (let (($x11701 (not (= q_66 (ite z1_66 0 (ite z2_66 1 (- 1)))))))
 (let (($x11696 (= q_65 (ite z1_65 0 (ite (or z2_65 z3_65 z4_65) (- 1) 1)))))
 (let (($x11697 (not $x11696)))
 (let (($x11688 (not (= q_64 (ite z1_64 0 (- 1))))))
 (let (($x11685 (not (= q_63 (ite (or z1_63 z2_63 z3_63 z4_63) 1 0)))))
 (let (($x11672 (= q_62 (ite z1_62 (- 1) (ite (or z2_62 z3_62 z4_62) 1 0)))))
 (let (($x11673 (not $x11672)))
 (let ((?x11660 (ite (or z3_61 z4_61) 1 0)))
 (let ((?x11661 (ite z2_61 (- 1) ?x11660)))
 (let (($x11664 (not (= q_61 (ite z1_61 1 ?x11661)))))
 (let ((?x11653 (ite (or z3_60 z4_60) 1 0)))
 (let ((?x11656 (ite (or z1_60 z2_60) (- 1) ?x11653)))
 (let (($x11658 (not (= q_60 ?x11656))))
 (let ((?x1092 (ite z4_59 1 0)))
 (let ((?x1096 (ite z3_59 (- 1) ?x1092)))
 (let ((?x11649 (ite (or z1_59 z2_59) 1 ?x1096)))
 (let (($x11651 (not (= q_59 ?x11649))))
 (let ((?x1065 (ite z4_58 1 0)))
 (let ((?x1069 (ite z3_58 (- 1) ?x1065)))
 (let ((?x1070 (ite z2_58 1 ?x1069)))
 (let ((?x1071 (ite z1_58 (- 1) ?x1070)))
 (let (($x11647 (not (= q_58 ?x1071))))
 (let ((?x1038 (ite z4_57 1 0)))
 (let ((?x11642 (ite (or z2_57 z3_57) (- 1) ?x1038)))
 (let (($x11645 (not (= q_57 (ite z1_57 1 ?x11642)))))
 (let ((?x1011 (ite z4_56 1 0)))
 (let ((?x11638 (ite (or z1_56 z2_56 z3_56) (- 1) ?x1011)))
 (let (($x11640 (not (= q_56 ?x11638))))
 (let ((?x984 (ite z4_55 (- 1) 0)))
 (let ((?x11630 (ite (or z1_55 z2_55 z3_55) 1 ?x984)))
 (let (($x11632 (not (= q_55 ?x11630))))
 (let ((?x957 (ite z4_54 (- 1) 0)))
 (let ((?x11621 (ite (or z2_54 z3_54) 1 ?x957)))
 (let (($x11624 (not (= q_54 (ite z1_54 (- 1) ?x11621)))))
 (let ((?x930 (ite z4_53 (- 1) 0)))
 (let ((?x934 (ite z3_53 1 ?x930)))
 (let ((?x935 (ite z2_53 (- 1) ?x934)))
 (let ((?x936 (ite z1_53 1 ?x935)))
 (let (($x11619 (not (= q_53 ?x936))))
 (let ((?x903 (ite z4_52 (- 1) 0)))
 (let ((?x907 (ite z3_52 1 ?x903)))
 (let ((?x11615 (ite (or z1_52 z2_52) (- 1) ?x907)))
 (let (($x11617 (not (= q_52 ?x11615))))
 (let ((?x11608 (ite (or z3_51 z4_51) (- 1) 0)))
 (let ((?x11611 (ite (or z1_51 z2_51) 1 ?x11608)))
 (let (($x11613 (not (= q_51 ?x11611))))
 (let ((?x11602 (ite (or z3_50 z4_50) (- 1) 0)))
 (let ((?x11603 (ite z2_50 1 ?x11602)))
 (let (($x11606 (not (= q_50 (ite z1_50 (- 1) ?x11603)))))
 (let (($x11599 (= q_49 (ite z1_49 1 (ite (or z2_49 z3_49 z4_49) (- 1) 0)))))
 (let (($x11600 (not $x11599)))
 (let (($x11591 (not (= q_48 (ite (or z1_48 z2_48 z3_48 z4_48) (- 1) 0)))))
 (let (($x11579 (not (= q_47 (ite (or z1_47 z2_47) 1 (ite z3_47 0 1))))))
 (let (($x11575 (not (= q_46 (ite (or z1_46 z2_46) 1 (ite z3_46 0 (- 1)))))))
 (let ((?x734 (ite z3_45 0 1)))
 (let ((?x735 (ite z2_45 1 ?x734)))
 (let ((?x736 (ite z1_45 (- 1) ?x735)))
 (let (($x11571 (not (= q_45 ?x736))))
 (let ((?x715 (ite z3_44 0 (- 1))))
 (let ((?x716 (ite z2_44 1 ?x715)))
 (let ((?x717 (ite z1_44 (- 1) ?x716)))
 (let (($x11569 (not (= q_44 ?x717))))
 (let ((?x696 (ite z3_43 0 1)))
 (let ((?x697 (ite z2_43 (- 1) ?x696)))
 (let ((?x698 (ite z1_43 1 ?x697)))
 (let (($x11567 (not (= q_43 ?x698))))
 (let ((?x677 (ite z3_42 0 (- 1))))
 (let ((?x678 (ite z2_42 (- 1) ?x677)))
 (let ((?x679 (ite z1_42 1 ?x678)))
 (let (($x11565 (not (= q_42 ?x679))))
 (let (($x11563 (not (= q_41 (ite (or z1_41 z2_41) (- 1) (ite z3_41 0 1))))))
 (let (($x11559 (not (= q_40 (ite (or z1_40 z2_40) (- 1) (ite z3_40 0 (- 1)))))))
 (let (($x11555 (not (= q_39 (ite z1_39 1 (ite z2_39 0 1))))))
 (let ((?x601 (ite z3_38 1 (- 1))))
 (let ((?x602 (ite z2_38 0 ?x601)))
 (let ((?x603 (ite z1_38 1 ?x602)))
 (let (($x11551 (not (= q_38 ?x603))))
 (let (($x11549 (not (= q_37 (ite z1_37 (- 1) (ite z2_37 0 1))))))
 (let ((?x563 (ite z3_36 1 (- 1))))
 (let ((?x564 (ite z2_36 0 ?x563)))
 (let ((?x565 (ite z1_36 (- 1) ?x564)))
 (let (($x11545 (not (= q_36 ?x565))))
 (let ((?x544 (ite z3_35 (- 1) 1)))
 (let ((?x545 (ite z2_35 0 ?x544)))
 (let ((?x546 (ite z1_35 1 ?x545)))
 (let (($x11543 (not (= q_35 ?x546))))
 (let (($x11541 (not (= q_34 (ite z1_34 1 (ite z2_34 0 (- 1)))))))
 (let ((?x506 (ite z3_33 (- 1) 1)))
 (let ((?x507 (ite z2_33 0 ?x506)))
 (let ((?x508 (ite z1_33 (- 1) ?x507)))
 (let (($x11537 (not (= q_33 ?x508))))
 (let (($x11535 (not (= q_32 (ite z1_32 (- 1) (ite z2_32 0 (- 1)))))))
 (let (($x11531 (not (= q_31 (ite z1_31 0 1)))))
 (let (($x11528 (not (= q_30 (ite z1_30 0 (ite (or z2_30 z3_30) 1 (- 1)))))))
 (let (($x11523 (not (= q_29 (ite z1_29 0 (ite z2_29 (- 1) 1))))))
 (let ((?x411 (ite z3_28 1 (- 1))))
 (let ((?x412 (ite z2_28 (- 1) ?x411)))
 (let ((?x413 (ite z1_28 0 ?x412)))
 (let (($x11519 (not (= q_28 ?x413))))
 (let ((?x392 (ite z3_27 (- 1) 1)))
 (let ((?x393 (ite z2_27 1 ?x392)))
 (let ((?x394 (ite z1_27 0 ?x393)))
 (let (($x11517 (not (= q_27 ?x394))))
 (let (($x11515 (not (= q_26 (ite z1_26 0 (ite z2_26 1 (- 1)))))))
 (let (($x11511 (not (= q_25 (ite z1_25 0 (ite (or z2_25 z3_25) (- 1) 1))))))
 (let (($x11506 (not (= q_24 (ite z1_24 0 (- 1))))))
 (let (($x11503 (not (= q_23 (ite (or z1_23 z2_23 z3_23) 1 0)))))
 (let (($x11495 (not (= q_22 (ite z1_22 (- 1) (ite (or z2_22 z3_22) 1 0))))))
 (let ((?x277 (ite z3_21 1 0)))
 (let ((?x281 (ite z2_21 (- 1) ?x277)))
 (let ((?x282 (ite z1_21 1 ?x281)))
 (let (($x11490 (not (= q_21 ?x282))))
 (let (($x11488 (not (= q_20 (ite (or z1_20 z2_20) (- 1) (ite z3_20 1 0))))))
 (let (($x11484 (not (= q_19 (ite (or z1_19 z2_19) 1 (ite z3_19 (- 1) 0))))))
 (let ((?x223 (ite z3_18 (- 1) 0)))
 (let ((?x227 (ite z2_18 1 ?x223)))
 (let ((?x228 (ite z1_18 (- 1) ?x227)))
 (let (($x11480 (not (= q_18 ?x228))))
 (let (($x11478 (not (= q_17 (ite z1_17 1 (ite (or z2_17 z3_17) (- 1) 0))))))
 (let (($x11473 (not (= q_16 (ite (or z1_16 z2_16 z3_16) (- 1) 0)))))
 (let (($x11465 (not (= q_15 (ite z1_15 1 (ite z2_15 0 1))))))
 (let (($x11463 (not (= q_14 (ite z1_14 1 (ite z2_14 0 (- 1)))))))
 (let (($x11461 (not (= q_13 (ite z1_13 (- 1) (ite z2_13 0 1))))))
 (let (($x11459 (not (= q_12 (ite z1_12 (- 1) (ite z2_12 0 (- 1)))))))
 (let (($x11457 (not (= q_11 (ite z1_11 0 1)))))
 (let (($x11454 (not (= q_10 (ite z1_10 0 (ite z2_10 1 (- 1)))))))
 (let (($x11452 (not (= q_9 (ite z1_9 0 (ite z2_9 (- 1) 1))))))
 (let (($x11450 (not (= q_8 (ite z1_8 0 (- 1))))))
 (let (($x11447 (not (= q_7 (ite (or z1_7 z2_7) 1 0)))))
 (let (($x11443 (not (= q_6 (ite z1_6 (- 1) (ite z2_6 1 0))))))
 (let (($x11441 (not (= q_5 (ite z1_5 1 (ite z2_5 (- 1) 0))))))
 (let (($x11439 (not (= q_4 (ite (or z1_4 z2_4) (- 1) 0)))))
 (let (($x11435 (not (= q_3 (ite z1_3 0 1)))))
 (let (($x11433 (not (= q_2 (ite z1_2 0 (- 1))))))
 (let ((?x15 (ite z1_1 1 0)))
 (let (($x10475 (= q_1 ?x15)))
 (let (($x11427 (not $x10475)))
 (let ((?x8 (ite z1_0 (- 1) 0)))
 (let (($x10474 (= q_0 ?x8)))
 (let (($x11421 (not $x10474)))
 (or $x11421 $x11427 $x11433 $x11435 $x11439 $x11441 $x11443 $x11447 $x11450 $x11452 $x11454 $x11457 $x11459 $x11461 $x11463 $x11465 $x11473 $x11478 $x11480 $x11484 $x11488 $x11490 $x11495 $x11503 $x11506 $x11511 $x11515 $x11517 $x11519 $x11523 $x11528 $x11531 $x11535 $x11537 $x11541 $x11543 $x11545 $x11549 $x11551 $x11555 $x11559 $x11563 $x11565 $x11567 $x11569 $x11571 $x11575 $x11579 $x11591 $x11600 $x11606 $x11613 $x11617 $x11619 $x11624 $x11632 $x11640 $x11645 $x11647 $x11651 $x11658 $x11664 $x11673 $x11685 $x11688 $x11697 $x11701 $x11707 $x11712 $x11714 $x11720 $x11725 $x11730 $x11736 $x11738 $x11743 $x11749 $x11753 $x11762 $x11765 $x11769 $x11775 $x11779 $x11785 $x11790 $x11792 $x11797 $x11799 $x11801 $x11806 $x11808 $x11813 $x11819 $x11823 $x11829 $x11833 $x11839 $x11843 $x11848 $x11850 $x11855 $x11857 $x11863 $x11867 $x11871 $x11877 $x11879 $x11884 $x11886 $x11891 $x11895 $x11901 $x11909 $x11917 $x11922 $x11927 $x11929 $x11931 $x11935 $x11939 $x11943 $x11947 $x11949 $x11951 $x11956 $x11961 $x11969 $x11977 $x11993 $x12006 $x12016 $x12027 $x12035 $x12042 $x12050 $x12061 $x12069 $x12074 $x12076 $x12080 $x12087 $x12093 $x12102 $x12114 $x12126 $x12135 $x12141 $x12148 $x12152 $x12154 $x12159 $x12167 $x12178 $x12186 $x12193 $x12201 $x12212 $x12222 $x12235 $x12251 $x12254 $x12267 $x12271 $x12281 $x12286 $x12293 $x12299 $x12307 $x12314 $x12319 $x12325 $x12327 $x12334 $x12340 $x12350 $x12359 $x12368 $x12378 $x12384 $x12391 $x12393 $x12399 $x12404 $x12411 $x12419 $x12425 $x12432 $x12437 $x12447 $x12451 $x12464 $x12467 $x12471 $x12481 $x12485 $x12495 $x12500 $x12507 $x12512 $x12519 $x12525 $x12527 $x12533 $x12535 $x12542 $x12548 $x12555 $x12561 $x12567 $x12574 $x12580 $x12587 $x12589 $x12595 $x12597 $x12603 $x12610 $x12615 $x12622 $x12627 $x12637 $x12641 $x12651 $x12655 $x12661 $x12669 $x12674 $x12681 $x12686 $x12693 $x12699 $x12707 $x12714 $x12718 $x12724 $x12726 $x12732 $x12734 $x12741 $x12745 $x12749 $x12756 $x12758 $x12764 $x12766 $x12772 $x12776 $x12783 $x12791 $x12797 $x12804 $x12809 $x12816 $x12821 $x12829 $x12835 $x12845 $x12853 $x12860 $x12865 $x12871 $x12873 $x12880 $x12884 $x12891 $x12895 $x12901 $x12903 $x12910 $x12915 $x12925 $x12933 $x12941 $x12951 $x12956 $x12963 $x12965 $x12971 $x12975 $x12982 $x12986 $x12993 $x12995 $x13001 $x13006 $x13013 $x13021 $x13031 $x13043 $x13055 $x13064 $x13073 $x13079 $x13085 $x13092 $x13099 $x13103 $x13107 $x13109 $x13111 $x13116 $x13121 $x13129 $x13137 $x13145 $x13153 $x13158 $x13163 $x13165 $x13167 $x13171 $x13175 $x13182 $x13189 $x13195 $x13201 $x13210 $x13219 $x13231 $x13243))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
